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

/** A refusal as the verification and delegation actions answer it: its code and the step rule it
 * broke (`details.rule`). Anything but an AppError is not a refusal and is thrown on. */
export function ruleRefusal(error: unknown): { ok: false; code: AppErrorCode; rule: string | undefined } {
  if (!(error instanceof AppError)) throw error;
  return { ok: false, code: error.code, rule: (error.details as { rule?: string } | undefined)?.rule };
}

/** What server actions hand back to `useActionState`. */
export type ActionState<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; code?: AppErrorCode; formError?: string; fieldErrors?: Record<string, string[]> }
  | null;
