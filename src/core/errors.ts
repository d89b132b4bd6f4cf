/**
 * The one closed list of error codes Helpline answers with, and the HTTP status of each.
 * Domain code throws `AppError`; the HTTP error handler turns it into the error envelope.
 */
export const ERROR_STATUS = {
  invalid_request: 400,
  duplicate: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  not_implemented: 501,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The id of the object that already exists, on a `duplicate`. */
    readonly existsId?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const invalid = (message: string): AppError => new AppError('invalid_request', message);
/** A signed-in caller whose role may not do this (never for another workspace's object: that is a 404). */
export const forbidden = (message: string): AppError => new AppError('forbidden', message);
export const notFound = (what: string): AppError => new AppError('not_found', `${what} not found`);
export const duplicate = (message: string, existsId: string): AppError => new AppError('duplicate', message, existsId);
