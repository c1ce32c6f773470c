import "server-only";
import type { ActionState } from "../../errors/app-error";
import { AppError } from "../../errors/app-error";

/**
 * Maps an expected failure of a use-case to what `useActionState` gets back: field errors
 * (translation keys) when the use-case named a field, else the error code. Unexpected errors
 * are rethrown (Next shows the error page and logs them).
 */
export function actionError(error: unknown): Exclude<ActionState<never>, { ok: true } | null> {
  if (error instanceof AppError) {
    const fieldErrors = error.details?.fieldErrors as Record<string, string[]> | undefined;
    return fieldErrors ? { ok: false, code: error.code, fieldErrors } : { ok: false, code: error.code, formError: error.message };
  }
  throw error;
}

/** FormData as a plain object of strings (files are dropped). */
export function formObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) out[k] = v;
  return out;
}
