/**
 * Every call crosses the boundary as a result, never as a thrown error, so the renderer handles
 * failures the same way over IPC and HTTP. Codes are stable identifiers; messages are Chinese, for
 * the person in front of the screen.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NEEDS_CONFIRMATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_METHOD',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PAYLOAD_TOO_LARGE',
  'FORBIDDEN_ORIGIN',
  'DB_FROM_FUTURE',
  'STORE_DAMAGED',
  /** another process has the data folder open (one process per folder) */
  'DATA_DIR_LOCKED',
  'CANCELLED',
  /** the disk holding the data folder is full: nothing was saved */
  'STORAGE_FULL',
  /** the host cannot do this (the browser cannot save a PDF itself); the message says what to do instead */
  'UNSUPPORTED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** messages per input path ('values.personsIn'), so a form can show each at its field */
  fieldErrors?: Record<string, string>;
  details?: unknown;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Errors thrown inside the core; hosts turn them into `{ ok: false, error }` once, at the edge. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    const e: ApiError = { code: this.code, message: this.message };
    if (this.fieldErrors) e.fieldErrors = this.fieldErrors;
    if (this.details !== undefined) e.details = this.details;
    return e;
  }
}

/** HTTP status for an error code (the browser host's mapping; 4xx for anything the caller sent wrong). */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'INVALID_INPUT':
    case 'NEEDS_CONFIRMATION':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
    case 'FORBIDDEN_ORIGIN':
      return 403;
    case 'NOT_FOUND':
    case 'UNKNOWN_METHOD':
      return 404;
    case 'CONFLICT':
    case 'DATA_DIR_LOCKED':
      return 409;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'CANCELLED':
      return 499;
    case 'UNSUPPORTED':
      return 501;
    case 'STORAGE_FULL':
      return 507;
    default:
      return 500;
  }
}
