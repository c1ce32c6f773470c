// One error type for expected failures; mapped to a message or an HTTP status in one place.
export const APP_ERROR_STATUS = {
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
  GONE: 410,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = code,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

/** What server actions hand back to `useActionState`. */
export type ActionState<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; code?: AppErrorCode; formError?: string; fieldErrors?: Record<string, string[]> }
  | null;
