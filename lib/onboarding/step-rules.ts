// Who may move a step from one status to another, and on what conditions. Pure: the caller
// supplies whether prerequisites are closed and evidence is complete (progress.ts, evidence.ts).
import { can, isCoordinator, type TActor } from "./permissions";
import { displayState, findTransition, transitionsFrom, type TActorKind, type TDisplayState, type TTransitionVia } from "./step-state";
import type { TLocalized, TStepDefinition, TStepStatus } from "./types";

export const STEP_RULE_MESSAGES = {
  NO_CHANGE: { nb: "Steget har allerede denne statusen.", en: "The step already has this status." },
  NOT_ALLOWED: { nb: "Du har ikke tilgang til å endre dette steget.", en: "You may not change this step." },
  BITS_STEP: { nb: "Dette steget utføres og markeres av Bits.", en: "This step is carried out and marked by Bits." },
  NOT_A_REVIEW_STEP: { nb: "Dette steget kontrolleres ikke av Bits.", en: "Bits does not review this step." },
  REVIEW_REQUIRED: {
    nb: "Steget kontrolleres av Bits: send det til kontroll i stedet for å markere det som ferdig.",
    en: "Bits reviews this step: send it for review instead of marking it done.",
  },
  IN_REVIEW: { nb: "Steget ligger til kontroll hos Bits.", en: "The step is awaiting review by Bits." },
  REOPEN_REVIEWED: {
    nb: "Et steg Bits har godkjent kan bare åpnes igjen av Bits.",
    en: "Only Bits can reopen a step it has approved.",
  },
  COMMENT_REQUIRED: {
    nb: "Skriv en kommentar når du sender steget tilbake.",
    en: "Write a comment when you return the step.",
  },
  REASON_REQUIRED: { nb: "Oppgi en begrunnelse.", en: "Give a reason." },
  NOT_APPLICABLE_COORDINATOR_ONLY: {
    nb: "Bare Bits kan markere et steg som ikke relevant, eller oppheve det.",
    en: "Only Bits can mark a step not applicable, or undo it.",
  },
  PREREQUISITES_OPEN: {
    nb: "Steget kan ikke fullføres før stegene det bygger på er ferdige.",
    en: "The step cannot be completed before the steps it depends on are done.",
  },
  OVERRIDE_REASON_REQUIRED: {
    nb: "Stegene dette bygger på er ikke ferdige: oppgi en begrunnelse for å overstyre.",
    en: "The steps this depends on are not done: give a reason to override.",
  },
  INTEGRATION_TEST_REQUIRED: {
    nb: "Steget kan ikke fullføres før Bits har godkjent integrasjonstesten (C-4) med en testrapport der alle påkrevde testtilfeller er bestått.",
    en: "The step cannot be completed before Bits has approved the integration test (C-4) with a test report in which every required case passed.",
  },
  INTEGRATION_TEST_OVERRIDE_REASON_REQUIRED: {
    nb: "Integrasjonstesten (C-4) er ikke godkjent med en bestått testrapport: oppgi en begrunnelse for å overstyre.",
    en: "The integration test (C-4) is not approved with a passed test report: give a reason to override.",
  },
  EVIDENCE_INCOMPLETE: {
    nb: "Dokumentasjonen for steget er ikke fullstendig.",
    en: "The step's evidence is incomplete.",
  },
  USE_REVIEW_ACTIONS: {
    nb: "Bruk knappene for kontroll: institusjonen sender steget til Bits, og Bits godkjenner eller sender det tilbake.",
    en: "Use the review buttons: the institution sends the step to Bits, and Bits approves or returns it.",
  },
  ALREADY_IN_REVIEW: { nb: "Steget er allerede sendt til Bits.", en: "The step has already been sent to Bits." },
  NOT_IN_REVIEW: { nb: "Steget ligger ikke til kontroll hos Bits.", en: "The step is not awaiting review by Bits." },
  STEP_RETIRED: {
    nb: "Steget er utgått fra sjekklisten: det vises bare for historikkens skyld og kan ikke endres eller kommenteres.",
    en: "The step is retired from the checklist: it is kept for the record and cannot be changed or commented on.",
  },
} as const satisfies Record<string, TLocalized>;
export type TStepRuleCode = keyof typeof STEP_RULE_MESSAGES;

export type TStepChangeResult =
  | { ok: true; /** A coordinator completed the step with an open prerequisite. */ override: boolean }
  | { ok: false; code: TStepRuleCode; message: TLocalized };

export interface TStepChangeContext {
  /** The institution whose step it is; required for institution users. */
  institutionId?: string;
  prerequisitesClosed: boolean;
  evidenceComplete: boolean;
  /** Reason or comment: for BLOCKED, NOT_APPLICABLE, returning a review, an override. */
  reason?: string;
  /** How the change is asked for: the status list (default) or a review action. */
  via?: TTransitionVia;
  /** Bits returned the step in its latest round (display state RETURNED). */
  returned?: boolean;
  /** For a step gated on the integration test (C-7): whether C-4 is approved with a run that
   * passed every required case. Absent: the step is not gated. */
  integrationTestPassed?: boolean;
}

/** The statuses a step may only get with complete evidence (canChangeStep refuses EVIDENCE_INCOMPLETE). */
export const EVIDENCE_GATED_STATUSES: readonly TStepStatus[] = ["DONE", "AWAITING_REVIEW"];
export const statusNeedsEvidence = (status: TStepStatus | "" | undefined): boolean =>
  !!status && EVIDENCE_GATED_STATUSES.includes(status);

const refuse = (code: TStepRuleCode): TStepChangeResult => ({ ok: false, code, message: STEP_RULE_MESSAGES[code] });

export const actorKind = (actor: Pick<TActor, "role">): TActorKind => (isCoordinator(actor) ? "coordinator" : "institution");

/**
 * May `actor` move a step from the recorded `fromStatus` to `toStatus`? The change must be a row
 * of TRANSITIONS (step-state.ts) for the step's display state, asked for the row's way (`via`),
 * with the row's conditions met. The checks before the lookup only choose the clearest refusal.
 */
export function canChangeStep(
  actor: TActor,
  step: Pick<TStepDefinition, "key" | "performer" | "requiresReview">,
  fromStatus: TStepStatus,
  toStatus: TStepStatus,
  ctx: TStepChangeContext,
): TStepChangeResult {
  const hasReason = Boolean(ctx.reason?.trim());
  const scope = { institutionId: ctx.institutionId };
  const via = ctx.via ?? "status";
  if (fromStatus === toStatus) return refuse("NO_CHANGE");
  if (!can(actor, "step.update", scope)) return refuse("NOT_ALLOWED");
  if (toStatus === "AWAITING_REVIEW" && !step.requiresReview) return refuse("NOT_A_REVIEW_STEP");

  const kind = actorKind(actor);
  const inReview = fromStatus === "AWAITING_REVIEW" && step.requiresReview;
  if (kind === "institution") {
    // Institution members: their INSTITUTION steps and the SHARED B-4, never Bits' steps.
    if (step.performer === "BITS") return refuse("BITS_STEP");
    if (inReview) return refuse("IN_REVIEW");
    if (fromStatus === "NOT_APPLICABLE" || toStatus === "NOT_APPLICABLE") return refuse("NOT_APPLICABLE_COORDINATOR_ONLY");
    if (step.requiresReview && fromStatus === "DONE") return refuse("REOPEN_REVIEWED");
    if (step.requiresReview && toStatus === "DONE") return refuse("REVIEW_REQUIRED");
  } else if (inReview && !can(actor, "step.review", scope)) {
    return refuse("NOT_ALLOWED");
  }

  const from = displayState({ status: fromStatus, applicable: true, requiresReview: step.requiresReview, prerequisitesClosed: ctx.prerequisitesClosed, returned: ctx.returned });
  const rule = findTransition(kind, step, from, toStatus);
  if (!rule) {
    if (from === "CANNOT_START_YET") return refuse("PREREQUISITES_OPEN");
    return refuse(from === "AWAITING_REVIEW" ? "USE_REVIEW_ACTIONS" : "NOT_ALLOWED");
  }
  if (rule.via !== via) return refuse(rule.via === "status" ? "NOT_ALLOWED" : "USE_REVIEW_ACTIONS");
  if (rule.reason && !hasReason) return refuse(via === "return" ? "COMMENT_REQUIRED" : "REASON_REQUIRED");
  if (rule.evidence && !ctx.evidenceComplete) return refuse("EVIDENCE_INCOMPLETE");
  let override = false;
  if (rule.prerequisites && !ctx.prerequisitesClosed) {
    if (rule.prerequisites === "closed") return refuse("PREREQUISITES_OPEN");
    if (!hasReason) return refuse("OVERRIDE_REASON_REQUIRED");
    if (!can(actor, "step.override", scope)) return refuse("NOT_ALLOWED");
    override = true;
  }
  if (rule.gate && ctx.integrationTestPassed === false) {
    if (rule.gate === "closed") return refuse("INTEGRATION_TEST_REQUIRED");
    if (!hasReason) return refuse("INTEGRATION_TEST_OVERRIDE_REASON_REQUIRED");
    if (!can(actor, "step.override", scope)) return refuse("NOT_ALLOWED");
    override = true;
  }
  return { ok: true, override };
}

export interface TTransition {
  status: TStepStatus;
  via: TTransitionVia;
  /** A reason (or, when returning a review, a comment) must be given. */
  needsReason: boolean;
  /** A coordinator completing the step while a prerequisite is open. */
  override: boolean;
}

/** The changes `actor` may ask for on a step now: TRANSITIONS rows that canChangeStep accepts
 * given a reason. Evidence is assumed complete (the user may complete it in the same save);
 * the server still refuses DONE while it is not. */
export function allowedTransitions(
  actor: TActor,
  derived: { step: Pick<TStepDefinition, "key" | "performer" | "requiresReview">; applicable: boolean; prerequisitesClosed: boolean; display: TDisplayState },
  from: TStepStatus,
  institutionId: string,
  /** for a step gated on the integration test (C-7): whether the gate is open */
  integrationTestPassed?: boolean,
): TTransition[] {
  if (!derived.applicable) return [];
  const ctx = { institutionId, prerequisitesClosed: derived.prerequisitesClosed, evidenceComplete: true, returned: derived.display === "RETURNED", integrationTestPassed };
  return transitionsFrom(actorKind(actor), derived.step, derived.display).flatMap((rule) => {
    const check = (reason?: string) => canChangeStep(actor, derived.step, from, rule.to, { ...ctx, via: rule.via, reason });
    const withReason = check("reason");
    if (!withReason.ok) return [];
    return [{ status: rule.to, via: rule.via, needsReason: !check().ok, override: withReason.override }];
  });
}

/** May `actor` edit a step's evidence, due date or note without changing its status? The same
 * hands as for status changes: Bits' steps and steps under or after review are Bits' to edit. */
export function canEditStep(
  actor: TActor,
  step: Pick<TStepDefinition, "performer" | "requiresReview">,
  status: TStepStatus,
  institutionId: string | undefined,
): boolean {
  if (!can(actor, "step.update", { institutionId })) return false;
  // what was sent to Bits stays as sent until Bits decides: read-only for both sides
  if (status === "AWAITING_REVIEW" && step.requiresReview) return false;
  if (isCoordinator(actor)) return true;
  if (step.performer === "BITS" || status === "NOT_APPLICABLE") return false;
  return !(step.requiresReview && status === "DONE");
}
