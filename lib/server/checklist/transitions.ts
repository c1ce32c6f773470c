// Pure: the status changes a step view offers, so the form shows only what the server allows.
// Evidence is assumed complete here (the user may be completing it in the same save); the
// server still refuses DONE while it is not.
import { canChangeStep, STEP_STATUSES, type TActor, type TDerivedStep, type TStepStatus } from "../../onboarding";

export interface TTransition {
  status: TStepStatus;
  /** A reason (or, when returning a review, a comment) must be given. */
  needsReason: boolean;
  /** A coordinator completing the step while a prerequisite is open. */
  override: boolean;
}

export function allowedTransitions(actor: TActor, derived: TDerivedStep, from: TStepStatus, institutionId: string): TTransition[] {
  if (!derived.applicable) return [];
  const check = (to: TStepStatus, reason?: string) =>
    canChangeStep(actor, derived.step, from, to, { institutionId, prerequisitesClosed: derived.prerequisitesClosed, evidenceComplete: true, reason });
  return STEP_STATUSES.filter((to) => to !== from).flatMap((to) => {
    const withReason = check(to, "reason");
    if (!withReason.ok) return [];
    return [{ status: to, needsReason: !check(to).ok, override: withReason.override }];
  });
}
