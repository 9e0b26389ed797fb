/** An error the API answers with a status code and `{ "error": message, "parameter"?: name }`. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 500 | 503,
    message: string,
    /** The query parameter that is wrong, when one is. */
    readonly parameter?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
