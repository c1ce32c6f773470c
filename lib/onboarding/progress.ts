// Derived state of an institution's checklist: status per step, progress, current phase,
// next step and who it waits on. Pure: recorded states and `today` come in as arguments.
import { getCatalogue } from "./catalogue";
import { isStepApplicable } from "./applicability";
import { displayState, type TDisplayState } from "./step-state";
import {
  PHASES,
  type TCatalogue,
  type TDerivedStatus,
  type TInstitutionProfile,
  type TPhase,
  type TRecordedStates,
  type TStepDefinition,
} from "./types";

export interface TProgressInput {
  profile: TInstitutionProfile;
  states: TRecordedStates;
  /** YYYY-MM-DD, supplied by the caller. */
  today: string;
  /** Defaults to the current catalogue; pass the institution's own version. */
  catalogue?: TCatalogue;
}

export interface TDerivedStep {
  step: TStepDefinition;
  status: TDerivedStatus;
  /** The one state every page shows (step-state.ts): status, review and prerequisites joined. */
  display: TDisplayState;
  /** Why Bits returned the step, while it shows RETURNED. */
  returnReason?: string;
  applicable: boolean;
  /** DONE or NOT_APPLICABLE (recorded or derived). */
  closed: boolean;
  prerequisitesClosed: boolean;
  openPrerequisites: string[];
  dueDate?: string;
  overdue: boolean;
}

const isClosedStatus = (s: TDerivedStatus) => s === "DONE" || s === "NOT_APPLICABLE";

/**
 * Status rules, in order: a step the profile rules out is NOT_APPLICABLE; DONE and
 * NOT_APPLICABLE stand as recorded; AWAITING_REVIEW on a step without review reads as
 * IN_PROGRESS; an unstarted step with an open prerequisite is CANNOT_START_YET. Work that has
 * already begun (IN_PROGRESS, BLOCKED, AWAITING_REVIEW) keeps its status even if a prerequisite
 * reopens: the prerequisite rule is enforced when the step is set DONE (step-rules.ts).
 */
export function deriveSteps(input: TProgressInput): TDerivedStep[] {
  const catalogue = input.catalogue ?? getCatalogue();
  const base = new Map<string, { applicable: boolean; status: TDerivedStatus }>();
  for (const step of catalogue.steps) {
    const applicable = isStepApplicable(step, input.profile);
    let status: TDerivedStatus = input.states[step.key]?.status ?? "NOT_STARTED";
    if (!applicable) status = "NOT_APPLICABLE";
    else if (status === "AWAITING_REVIEW" && !step.requiresReview) status = "IN_PROGRESS";
    base.set(step.key, { applicable, status });
  }
  return catalogue.steps.map((step) => {
    const { applicable, status: recorded } = base.get(step.key)!;
    // An unknown prerequisite key cannot be satisfied; catalogueProblems() reports it.
    const openPrerequisites = step.prerequisites.filter((p) => !isClosedStatus(base.get(p)?.status ?? "NOT_STARTED"));
    const prerequisitesClosed = openPrerequisites.length === 0;
    const status: TDerivedStatus = recorded === "NOT_STARTED" && !prerequisitesClosed ? "CANNOT_START_YET" : recorded;
    const closed = isClosedStatus(status);
    const recordedState = input.states[step.key];
    const dueDate = recordedState?.dueDate;
    const overdue = applicable && !closed && dueDate !== undefined && dueDate < input.today;
    const display = displayState({
      status: recordedState?.status ?? "NOT_STARTED",
      applicable,
      requiresReview: step.requiresReview,
      prerequisitesClosed,
      returned: recordedState?.returnedReason !== undefined,
    });
    const returnReason = display === "RETURNED" ? recordedState?.returnedReason : undefined;
    return { step, status, display, ...(returnReason !== undefined ? { returnReason } : {}), applicable, closed, prerequisitesClosed, openPrerequisites, dueDate, overdue };
  });
}

export interface TProgressCount {
  /** Steps that apply to this institution's profile. */
  total: number;
  done: number;
  /** Applicable steps a coordinator set NOT_APPLICABLE. */
  notApplicable: number;
  closed: number;
  /** closed / total, rounded down so 100 means everything is closed; 100 when total is 0. */
  percent: number;
}

export interface TProgress {
  overall: TProgressCount;
  phases: Record<TPhase, TProgressCount>;
}

function count(steps: TDerivedStep[]): TProgressCount {
  const applicable = steps.filter((s) => s.applicable);
  const done = applicable.filter((s) => s.status === "DONE").length;
  const notApplicable = applicable.filter((s) => s.status === "NOT_APPLICABLE").length;
  const closed = done + notApplicable;
  const total = applicable.length;
  return { total, done, notApplicable, closed, percent: total === 0 ? 100 : Math.floor((closed * 100) / total) };
}

export function progress(input: TProgressInput): TProgress {
  const steps = deriveSteps(input);
  const phases = Object.fromEntries(PHASES.map((p) => [p, count(steps.filter((s) => s.step.phase === p))]));
  return { overall: count(steps), phases: phases as Record<TPhase, TProgressCount> };
}

/** The first phase with an open applicable step, or "DONE" when everything is closed. */
export function currentPhase(input: TProgressInput): TPhase | "DONE" {
  const open = deriveSteps(input).find((s) => s.applicable && !s.closed);
  return open ? open.step.phase : "DONE";
}

/** The first open step in catalogue order whose prerequisites are closed (null when all closed).
 * It may be AWAITING_REVIEW or BLOCKED: that is still what stands next. */
export function nextStep(input: TProgressInput): TDerivedStep | null {
  return deriveSteps(input).find((s) => s.applicable && !s.closed && s.prerequisitesClosed) ?? null;
}

export type TWaitingOn = "INSTITUTION" | "BITS";

/** Who must act on a step. SHARED B-4: Bits initiates the signing, so it waits on Bits until
 * the step is IN_PROGRESS (or BLOCKED), then on the institution, who signs. */
export function stepWaitsOn(s: Pick<TDerivedStep, "step" | "status">): TWaitingOn {
  if (s.status === "AWAITING_REVIEW" || s.step.performer === "BITS") return "BITS";
  if (s.step.performer === "SHARED") {
    return s.status === "IN_PROGRESS" || s.status === "BLOCKED" ? "INSTITUTION" : "BITS";
  }
  return "INSTITUTION";
}

/** Who the institution's onboarding waits on: the party of the next step, null when done. */
export function waitingOn(input: TProgressInput): TWaitingOn | null {
  const next = nextStep(input);
  return next ? stepWaitsOn(next) : null;
}
