/** An error the API answers with a status code and `{ "error": message }`. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 500,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
