// Pure: what the step history (the audit trail's "step.update" events: the status a step moved
// to, and when) says about each step of each institution: when work started, when it closed, and
// the waits (time spent AWAITING_REVIEW with Bits or BLOCKED) along the way.
import type { TStepStatus } from "../onboarding/types";

export interface TTransition {
  /** ISO instant of the change. */
  at: string;
  /** The status the step moved to. */
  status: TStepStatus;
}

export interface TWait {
  status: "AWAITING_REVIEW" | "BLOCKED";
  from: string;
  /** null while the wait goes on. */
  to: string | null;
}

export interface TStepRecord {
  institutionId: string;
  stepKey: string;
  /** The first change to a status other than NOT_STARTED (ISO instant). */
  startedAt: string | null;
  /** When the step was last closed (DONE or NOT_APPLICABLE), if it still is. */
  closedAt: string | null;
  /** Whether it closed as DONE (only DONE counts towards how long a step takes). */
  done: boolean;
  waits: TWait[];
}

const DAY_MS = 86_400_000;
/** Days (fractional) between two ISO instants or days. */
export const daysBetweenInstants = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / DAY_MS;

const WAITING = new Set<TStepStatus>(["AWAITING_REVIEW", "BLOCKED"]);

/** One step's record from its transitions (any order; sorted here by time). */
export function stepRecord(institutionId: string, stepKey: string, transitions: readonly TTransition[]): TStepRecord {
  const sorted = [...transitions].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  let startedAt: string | null = null;
  const waits: TWait[] = [];
  for (const [i, t] of sorted.entries()) {
    if (startedAt === null && t.status !== "NOT_STARTED") startedAt = t.at;
    if (WAITING.has(t.status)) waits.push({ status: t.status as TWait["status"], from: t.at, to: sorted[i + 1]?.at ?? null });
  }
  const last = sorted.at(-1);
  const closed = last !== undefined && (last.status === "DONE" || last.status === "NOT_APPLICABLE");
  return { institutionId, stepKey, startedAt, closedAt: closed ? last.at : null, done: closed && last.status === "DONE", waits };
}

/** Days from start to done of a finished step; null for a step not DONE or never started. */
export function stepDuration(r: TStepRecord): number | null {
  return r.done && r.startedAt && r.closedAt ? Math.max(0, daysBetweenInstants(r.startedAt, r.closedAt)) : null;
}

/**
 * Parses the compact form the server's SQL aggregates a step's history into: "STATUS@epochMs"
 * entries joined by ",", oldest first.
 */
export function parseTransitions(compact: string): TTransition[] {
  if (!compact) return [];
  return compact.split(",").map((entry) => {
    const at = entry.indexOf("@");
    return { status: entry.slice(0, at) as TStepStatus, at: new Date(Number(entry.slice(at + 1))).toISOString() };
  });
}
