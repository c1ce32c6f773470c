// Pure: cycle-time insights from the step history: median and 90th percentile per step and per
// phase, Bits' review turnaround (sent → decided) and the steps with the longest waits, by the
// quarter in which the step finished, the review was decided or the wait ended.
import { quarterOf } from "./dates";
import { daysBetweenInstants, stepDuration, type TStepRecord } from "./history";
import { durationStats, type TDurationStats } from "./stats";

export type TPhaseKey = "A" | "B" | "C" | "D";
const phaseOfKey = (key: string): TPhaseKey => key.charAt(0) as TPhaseKey;

export interface TReviewRound {
  stepKey: string;
  sentAt: string;
  decidedAt: string | null;
}

export interface TStepInsight extends TDurationStats { key: string }
export interface TPhaseInsight extends TDurationStats { phase: TPhaseKey }
export interface TQuarterTurnaround extends TDurationStats { quarter: string }
export interface TWaitInsight { quarter: string; key: string; n: number; median: number | null; p90: number | null; total: number }

export interface TInsights {
  steps: TStepInsight[];
  phases: TPhaseInsight[];
  reviewTurnaround: TQuarterTurnaround[];
  reviewTurnaroundAll: TDurationStats;
  /** Per quarter, the steps whose waits were longest (by median, then count), at most `top` each. */
  longestWaits: TWaitInsight[];
  quarters: string[];
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
const rounded = <T extends TDurationStats>(s: T): T => ({ ...s, median: round1(s.median), p90: round1(s.p90) });

/**
 * `records` of every institution; `phaseDone(institutionId, phase)` says whether an institution
 * has finished a phase (its duration then runs from its first step started to its last closed).
 * `stepOrder` orders the step table (the catalogue's keys).
 */
export function computeInsights(opts: {
  records: readonly TStepRecord[];
  rounds: readonly TReviewRound[];
  stepOrder: readonly string[];
  phaseDone: (institutionId: string, phase: TPhaseKey) => boolean;
  top?: number;
}): TInsights {
  const { records, rounds, stepOrder, phaseDone, top = 5 } = opts;
  const byStep = new Map<string, number[]>();
  const phaseSpan = new Map<string, { start: string | null; end: string | null }>();
  const waits = new Map<string, number[]>(); // quarter \n key → days
  const quarters = new Set<string>();
  for (const r of records) {
    const d = stepDuration(r);
    if (d !== null) byStep.set(r.stepKey, [...(byStep.get(r.stepKey) ?? []), d]);
    const spanKey = `${r.institutionId}\n${phaseOfKey(r.stepKey)}`;
    const span = phaseSpan.get(spanKey) ?? { start: null, end: null };
    if (r.startedAt && (span.start === null || r.startedAt < span.start)) span.start = r.startedAt;
    if (r.closedAt && (span.end === null || r.closedAt > span.end)) span.end = r.closedAt;
    phaseSpan.set(spanKey, span);
    for (const w of r.waits) {
      if (!w.to) continue;
      const q = quarterOf(w.to);
      quarters.add(q);
      const k = `${q}\n${r.stepKey}`;
      waits.set(k, [...(waits.get(k) ?? []), daysBetweenInstants(w.from, w.to)]);
    }
  }
  const byPhase = new Map<TPhaseKey, number[]>();
  for (const [key, span] of phaseSpan) {
    const [institutionId, phase] = key.split("\n") as [string, TPhaseKey];
    if (span.start && span.end && phaseDone(institutionId, phase)) byPhase.set(phase, [...(byPhase.get(phase) ?? []), Math.max(0, daysBetweenInstants(span.start, span.end))]);
  }
  const turnaroundByQuarter = new Map<string, number[]>();
  const allTurnaround: number[] = [];
  for (const r of rounds) {
    if (!r.decidedAt) continue;
    const days = Math.max(0, daysBetweenInstants(r.sentAt, r.decidedAt));
    const q = quarterOf(r.decidedAt);
    quarters.add(q);
    turnaroundByQuarter.set(q, [...(turnaroundByQuarter.get(q) ?? []), days]);
    allTurnaround.push(days);
  }
  const sortedQuarters = [...quarters].sort();
  const longestWaits: TWaitInsight[] = [];
  for (const q of sortedQuarters) {
    const inQuarter = [...waits].filter(([k]) => k.startsWith(`${q}\n`)).map(([k, days]) => {
      const s = rounded(durationStats(days));
      return { quarter: q, key: k.slice(q.length + 1), n: s.n, median: s.median, p90: s.p90, total: round1(days.reduce((a, b) => a + b, 0))! };
    });
    inQuarter.sort((a, b) => (b.median ?? 0) - (a.median ?? 0) || b.n - a.n || a.key.localeCompare(b.key));
    longestWaits.push(...inQuarter.slice(0, top));
  }
  return {
    steps: stepOrder.map((key) => rounded({ key, ...durationStats(byStep.get(key) ?? []) })),
    phases: (["A", "B", "C", "D"] as const).map((phase) => rounded({ phase, ...durationStats(byPhase.get(phase) ?? []) })),
    reviewTurnaround: sortedQuarters.filter((q) => turnaroundByQuarter.has(q)).map((quarter) => rounded({ quarter, ...durationStats(turnaroundByQuarter.get(quarter)!) })),
    reviewTurnaroundAll: rounded(durationStats(allTurnaround)),
    longestWaits,
    quarters: sortedQuarters,
  };
}
