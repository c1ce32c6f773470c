// The message key (under verification.errors) for a refused verification form.
import type { TVerificationState } from "@/lib/validation/verification";

export function verificationError(failed: Extract<NonNullable<TVerificationState>, { ok: false }>, has: (key: string) => boolean): string {
  if (failed.rule && has(failed.rule)) return failed.rule;
  // a step rule (NOT_ALLOWED, BITS_STEP, NO_CHANGE …) from the step's own check
  if (failed.code === "INVALID" && failed.rule) return "STEP_LOCKED";
  return has(failed.code) ? failed.code : "UNKNOWN";
}
