// Pure: one institution's phases A–D on a time line: what happened (from the step history) and
// what is planned (the steps' due dates) or forecast (forecast.ts), against its target date.
import type { TStepRecord } from "./history";

export type TTimelinePhase = "A" | "B" | "C" | "D";

export interface TPhaseBar {
  phase: TTimelinePhase;
  /** First step of the phase started (ISO day), from the history. */
  actualStart: string | null;
  /** Last step of the phase closed (ISO day), when the phase is finished. */
  actualEnd: string | null;
  /** The latest due date set on the phase's open steps. */
  plannedEnd: string | null;
  /** The forecast day the phase's open steps are done. */
  forecastEnd: string | null;
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : null);
const max = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const min = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

export function phaseTimeline(opts: {
  records: readonly TStepRecord[];
  /** The institution's steps still open, with their due date and forecast day. */
  open: readonly { key: string; dueDate: string | null; forecast: string | null }[];
  /** Whether the phase is finished (every applicable step closed). */
  phaseDone: (phase: TTimelinePhase) => boolean;
}): TPhaseBar[] {
  return (["A", "B", "C", "D"] as const).map((phase) => {
    const records = opts.records.filter((r) => r.stepKey.startsWith(`${phase}-`));
    const open = opts.open.filter((s) => s.key.startsWith(`${phase}-`));
    const done = opts.phaseDone(phase);
    return {
      phase,
      actualStart: records.reduce<string | null>((m, r) => min(m, day(r.startedAt)), null),
      actualEnd: done ? records.reduce<string | null>((m, r) => max(m, day(r.closedAt)), null) : null,
      plannedEnd: done ? null : open.reduce<string | null>((m, s) => max(m, s.dueDate), null),
      forecastEnd: done ? null : open.reduce<string | null>((m, s) => max(m, s.forecast), null),
    };
  });
}
