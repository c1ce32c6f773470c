// The phases A–D as a process (the institution page's ordered list): each phase's state, its
// progress, whether it is the current one, when it was finished, and whether it starts open.
// Pure: takes derived steps (deriveSteps / summarize), no dates of its own.
import { PHASES, type TDerivedStatus, type TPhase } from "./types";

/** DONE: every applicable step closed. IN_PROGRESS: some work begun or closed. WAITING: nothing
 * begun and no open step can start yet (all wait on prerequisites). NOT_STARTED: nothing begun,
 * but a step could start now. */
export type TPhaseState = "DONE" | "IN_PROGRESS" | "NOT_STARTED" | "WAITING";

export interface TPhaseProcessStep {
  step: { phase: TPhase };
  status: TDerivedStatus;
  applicable: boolean;
  closed: boolean;
  overdue: boolean;
  /** ISO time of the step's last recorded change, null when nothing is recorded. */
  updatedAt: string | null;
  /** A step the institution's catalogue version no longer has: shown, never counted. */
  retired?: boolean;
}

export interface TPhaseProcessItem {
  phase: TPhase;
  state: TPhaseState;
  /** The first phase with an open applicable step (aria-current="step"); none when all done. */
  current: boolean;
  closed: number;
  total: number;
  /** For a DONE phase: the latest recorded change of its steps (when its last step closed, unless
   * a closed step was edited since); null otherwise or when none of its steps has a record. */
  finishedAt: string | null;
  /** Whether the phase's step list starts expanded (see phaseProcess). */
  open: boolean;
  overdue: number;
}

const NOT_BEGUN: ReadonlySet<TDerivedStatus> = new Set(["NOT_STARTED", "CANNOT_START_YET"]);

function stateOf(steps: TPhaseProcessStep[]): TPhaseState {
  const open = steps.filter((s) => !s.closed);
  if (open.length === 0) return "DONE";
  if (steps.some((s) => !NOT_BEGUN.has(s.status))) return "IN_PROGRESS";
  return open.every((s) => s.status === "CANNOT_START_YET") ? "WAITING" : "NOT_STARTED";
}

/**
 * The four phases in order. Which start open: the current phase (where the work is), and a later
 * phase only when work in it has begun or a step in it is overdue (something to act on there).
 * Finished phases collapse to one line with their date; later phases that have not begun collapse
 * too, since their steps mostly cannot start yet and their summary line already tells name, state
 * and count: the whole process stays visible at a glance and the page short.
 */
export function phaseProcess(steps: readonly TPhaseProcessStep[]): TPhaseProcessItem[] {
  const counted = steps.filter((s) => s.applicable && !s.retired);
  let currentSeen = false;
  return PHASES.map((phase) => {
    const mine = counted.filter((s) => s.step.phase === phase);
    const state = stateOf(mine);
    const current = !currentSeen && state !== "DONE";
    if (current) currentSeen = true;
    const overdue = mine.filter((s) => s.overdue).length;
    const finishedAt =
      state === "DONE" ? mine.reduce<string | null>((max, s) => (s.updatedAt !== null && (max === null || s.updatedAt > max) ? s.updatedAt : max), null) : null;
    const open = current || (state !== "DONE" && (state === "IN_PROGRESS" || overdue > 0));
    return { phase, state, current, closed: mine.filter((s) => s.closed).length, total: mine.length, finishedAt, open, overdue };
  });
}
