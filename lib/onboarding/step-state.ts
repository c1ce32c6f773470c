// One state per step, as every page shows it, and the status changes allowed from it, as data.
// Pure. The display state joins the recorded status, the prerequisites (CANNOT_START_YET), Bits'
// review (AWAITING_REVIEW, RETURNED) and applicability; TRANSITIONS says who may move a step
// from which display state to which status, and on what conditions. canChangeStep
// (step-rules.ts) looks every change up here, so the forms and the server cannot disagree.
import type { TStepDefinition, TStepStatus } from "./types";

export const DISPLAY_STATES = [
  "NOT_STARTED",
  "CANNOT_START_YET",
  "IN_PROGRESS",
  "RETURNED",
  "AWAITING_REVIEW",
  "BLOCKED",
  "DONE",
  "NOT_APPLICABLE",
] as const;
export type TDisplayState = (typeof DISPLAY_STATES)[number];

export interface TDisplayInput {
  /** The recorded status (NOT_STARTED when nothing is recorded). */
  status: TStepStatus;
  applicable: boolean;
  requiresReview: boolean;
  prerequisitesClosed: boolean;
  /** Bits returned the step in its latest review round, and it has not been sent again. */
  returned?: boolean;
}

/**
 * The one state a step shows, in order: a step the profile rules out is NOT_APPLICABLE;
 * AWAITING_REVIEW on a step without review reads as IN_PROGRESS; an unstarted step with an open
 * prerequisite CANNOT_START_YET; a step Bits returned (and nobody has closed or blocked since)
 * is RETURNED; otherwise the recorded status.
 */
export function displayState(i: TDisplayInput): TDisplayState {
  if (!i.applicable) return "NOT_APPLICABLE";
  const status = i.status === "AWAITING_REVIEW" && !i.requiresReview ? "IN_PROGRESS" : i.status;
  if (status === "NOT_STARTED" && !i.prerequisitesClosed) return "CANNOT_START_YET";
  if (i.returned && (status === "IN_PROGRESS" || status === "NOT_STARTED")) return "RETURNED";
  return status;
}

export type TActorKind = "institution" | "coordinator";
/** How a change is made: the step form's status list, or one of the review actions. */
export type TTransitionVia = "status" | "send" | "approve" | "return";

export interface TTransitionRule {
  actor: TActorKind;
  from: readonly TDisplayState[];
  to: TStepStatus;
  via: TTransitionVia;
  /** Only steps Bits reviews (true), only steps it does not (false), or any (absent). */
  reviewStep?: boolean;
  /** A reason must be given (for BLOCKED, NOT_APPLICABLE, a return). */
  reason?: true;
  /** The step's evidence must be complete. */
  evidence?: true;
  /** Open prerequisites refuse the change ("closed"), or need a coordinator's override with a
   * reason ("override"). */
  prerequisites?: "closed" | "override";
  /** A step gated on the integration test (C-7, lib/integration-test) needs an approved C-4
   * whose run passed every required case ("closed"), or a coordinator's override with a reason. */
  gate?: "closed" | "override";
}

const OPEN: readonly TDisplayState[] = ["NOT_STARTED", "IN_PROGRESS", "RETURNED", "BLOCKED"];

/**
 * Every allowed change. Institution rows apply to the steps the institution performs (its own
 * and the shared B-4), never to Bits' steps; coordinator rows to every step. No row leaves
 * CANNOT_START_YET for the institution: a step waits until what it builds on is done. Review
 * steps go to and from AWAITING_REVIEW only through the review actions.
 */
export const TRANSITIONS: readonly TTransitionRule[] = [
  { actor: "institution", from: ["NOT_STARTED", "BLOCKED"], to: "IN_PROGRESS", via: "status" },
  { actor: "institution", from: ["IN_PROGRESS", "RETURNED", "BLOCKED"], to: "NOT_STARTED", via: "status" },
  { actor: "institution", from: ["NOT_STARTED", "IN_PROGRESS", "RETURNED"], to: "BLOCKED", via: "status", reason: true },
  { actor: "institution", from: ["NOT_STARTED", "IN_PROGRESS", "BLOCKED"], to: "DONE", via: "status", reviewStep: false, evidence: true, prerequisites: "closed", gate: "closed" },
  { actor: "institution", from: ["DONE"], to: "IN_PROGRESS", via: "status", reviewStep: false },
  { actor: "institution", from: ["DONE"], to: "NOT_STARTED", via: "status", reviewStep: false },
  { actor: "institution", from: ["DONE"], to: "BLOCKED", via: "status", reviewStep: false, reason: true },
  { actor: "institution", from: OPEN, to: "AWAITING_REVIEW", via: "send", reviewStep: true, evidence: true, prerequisites: "closed", gate: "closed" },

  { actor: "coordinator", from: ["NOT_STARTED", "BLOCKED", "DONE", "NOT_APPLICABLE"], to: "IN_PROGRESS", via: "status" },
  { actor: "coordinator", from: ["IN_PROGRESS", "RETURNED", "BLOCKED", "DONE", "NOT_APPLICABLE"], to: "NOT_STARTED", via: "status" },
  { actor: "coordinator", from: ["NOT_STARTED", "CANNOT_START_YET", "IN_PROGRESS", "RETURNED", "DONE"], to: "BLOCKED", via: "status", reason: true },
  { actor: "coordinator", from: ["NOT_STARTED", "CANNOT_START_YET", "IN_PROGRESS", "RETURNED", "BLOCKED", "DONE"], to: "NOT_APPLICABLE", via: "status", reason: true },
  { actor: "coordinator", from: ["NOT_STARTED", "CANNOT_START_YET", "IN_PROGRESS", "RETURNED", "BLOCKED", "NOT_APPLICABLE"], to: "DONE", via: "status", evidence: true, prerequisites: "override", gate: "override" },
  { actor: "coordinator", from: ["AWAITING_REVIEW"], to: "DONE", via: "approve", reviewStep: true, evidence: true, prerequisites: "closed", gate: "closed" },
  { actor: "coordinator", from: ["AWAITING_REVIEW"], to: "IN_PROGRESS", via: "return", reviewStep: true, reason: true },
];

/** The row that allows `actor` to move `step` from `from` to `to`, if any (at most one matches). */
export function findTransition(
  actor: TActorKind,
  step: Pick<TStepDefinition, "performer" | "requiresReview">,
  from: TDisplayState,
  to: TStepStatus,
  table: readonly TTransitionRule[] = TRANSITIONS,
): TTransitionRule | undefined {
  return transitionsFrom(actor, step, from, table).find((r) => r.to === to);
}

/** Every row `actor` may use on `step` in display state `from`, in table order. */
export function transitionsFrom(
  actor: TActorKind,
  step: Pick<TStepDefinition, "performer" | "requiresReview">,
  from: TDisplayState,
  table: readonly TTransitionRule[] = TRANSITIONS,
): TTransitionRule[] {
  if (actor === "institution" && step.performer === "BITS") return [];
  return table.filter(
    (r) => r.actor === actor && r.from.includes(from) && (r.reviewStep === undefined || r.reviewStep === step.requiresReview),
  );
}

/** Why a step offers `actor` no status change (shown instead of the status list). */
export type TNoChangeReason = "CANNOT_START_YET" | "IN_REVIEW" | "APPROVED" | "BITS_STEP" | "NOT_APPLICABLE" | "NONE";

export function noChangeReason(
  actor: TActorKind,
  step: Pick<TStepDefinition, "performer" | "requiresReview">,
  state: TDisplayState,
): TNoChangeReason {
  if (state === "AWAITING_REVIEW") return "IN_REVIEW";
  if (state === "CANNOT_START_YET") return "CANNOT_START_YET";
  if (actor === "institution" && step.performer === "BITS") return "BITS_STEP";
  if (state === "NOT_APPLICABLE") return "NOT_APPLICABLE";
  if (state === "DONE" && step.requiresReview) return "APPROVED";
  return "NONE";
}
