// "Deres neste oppgaver": the steps the institution's side can act on now, most urgent first
// (overdue, then due within DUE_SOON_DAYS, then the rest in catalogue order), each with what
// still keeps it from being done. Pure: derived steps, recorded states and `today` come in.
import { compareIso, daysBetween } from "./dates";
import type { TDelegationCell } from "./delegation";
import { missingEvidenceFor } from "./evidence";
import type { TDerivedStep } from "./progress";
import { stepWaitsOnParty, type TWaitingParty } from "./supplier";
import type { TInstitutionProfile, TRecordedStates } from "./types";

export const DUE_SOON_DAYS = 14;

export type TTaskUrgency = "OVERDUE" | "DUE_SOON" | "AVAILABLE";
const URGENCY_ORDER: readonly TTaskUrgency[] = ["OVERDUE", "DUE_SOON", "AVAILABLE"];

export interface TNextTask {
  step: TDerivedStep;
  urgency: TTaskUrgency;
  /** INSTITUTION or SUPPLIER: who on the institution's side does it. */
  party: Exclude<TWaitingParty, "BITS">;
  /** Evidence keys still missing for DONE (lib/onboarding/evidence.ts machine keys). */
  missingEvidence: string[];
  /** Prerequisites still open (begun work whose prerequisite was reopened). */
  openPrerequisites: string[];
  /** The recorded reason of a BLOCKED step. */
  blockedReason?: string;
  /** Bits' reason for returning a review step: what to correct before sending it again. */
  returnedReason?: string;
}

export function taskUrgency(step: Pick<TDerivedStep, "dueDate" | "overdue">, today: string): TTaskUrgency {
  if (step.overdue) return "OVERDUE";
  if (step.dueDate !== undefined && daysBetween(today, step.dueDate) <= DUE_SOON_DAYS) return "DUE_SOON";
  return "AVAILABLE";
}

/**
 * Steps waiting on the institution (or its supplier) that can be worked on now: applicable, open,
 * not with Bits for review, and either begun or with every prerequisite closed. Overdue and
 * due-soon steps are ordered by due date, the rest keep catalogue order.
 */
export function nextTasks(input: {
  steps: readonly TDerivedStep[];
  states: TRecordedStates;
  profile: TInstitutionProfile;
  today: string;
  /** B-7's delegation matrix: its missing cells are what B-7 (and C-7) lack. */
  delegations?: readonly TDelegationCell[];
}): TNextTask[] {
  const tasks: TNextTask[] = [];
  input.steps.forEach((s) => {
    if (!s.applicable || s.closed || s.status === "CANNOT_START_YET") return;
    const party = stepWaitsOnParty(s, input.profile);
    if (party === "BITS") return;
    const recorded = input.states[s.step.key];
    tasks.push({
      step: s,
      urgency: taskUrgency(s, input.today),
      party,
      missingEvidence: missingEvidenceFor(s.step.key, "DONE", recorded?.evidence, { profile: input.profile, delegations: input.delegations }),
      openPrerequisites: s.openPrerequisites,
      blockedReason: s.status === "BLOCKED" && recorded?.reason ? recorded.reason : undefined,
      returnedReason: s.display === "RETURNED" ? s.returnReason : undefined,
    });
  });
  const rank = (t: TNextTask) => URGENCY_ORDER.indexOf(t.urgency);
  const byDue = (a: TNextTask, b: TNextTask) => (a.urgency === "AVAILABLE" ? 0 : compareIso(a.step.dueDate ?? "", b.step.dueDate ?? ""));
  // Array.prototype.sort is stable: equal keys keep catalogue order.
  return tasks.sort((a, b) => rank(a) - rank(b) || byDue(a, b));
}
