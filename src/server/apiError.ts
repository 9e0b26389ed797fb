/** An error the API answers with a status code and `{ "error": message, "parameter"?: name }`. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 429 | 500 | 503,
    message: string,
    /** The query parameter that is wrong, when one is. */
    readonly parameter?: string,
    /** Seconds after which a refused request (429, 503) may be tried again: the `Retry-After` header. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
