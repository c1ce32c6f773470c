// Pure: when an institution is forecast to reach production. Each still-open step takes the
// median time that step took other institutions (a default from step-defaults.ts while fewer than
// MIN_HISTORY_SAMPLES finished it); a step starts when its open prerequisites are forecast done,
// so the forecast is the end of the longest chain of open steps from today. A step already
// started has only what remains of its median (at least one day).
import { addDays, daysFrom } from "./dates";
import { defaultStepDays, MIN_HISTORY_SAMPLES } from "./step-defaults";

export interface TOpenStep {
  key: string;
  /** Prerequisite step keys (closed ones are ignored). */
  prerequisites: readonly string[];
  /** ISO day work on the step started, or null. */
  startedOn: string | null;
}

export interface TStepExpectation {
  /** Median days of the step in the history. */
  median: number | null;
  /** How many finished examples the median is from. */
  n: number;
}

/** Days a step is expected to take: the history's median when it has enough examples, else the default. */
export function expectedStepDays(key: string, history: Readonly<Record<string, TStepExpectation>>): number {
  const h = history[key];
  return h && h.median !== null && h.n >= MIN_HISTORY_SAMPLES ? h.median : defaultStepDays(key);
}

/**
 * The forecast day (ISO) each of the `open` steps is done, for steps given in catalogue order
 * (prerequisites before the steps that need them).
 */
export function forecastSteps(today: string, open: readonly TOpenStep[], history: Readonly<Record<string, TStepExpectation>>): Record<string, string> {
  const finish = new Map<string, number>(); // days from today
  const out: Record<string, string> = {};
  for (const s of open) {
    const start = Math.max(0, ...s.prerequisites.map((p) => finish.get(p) ?? 0));
    const expected = expectedStepDays(s.key, history);
    // a step already under way while nothing before it is open has only what remains of its median
    const underway = s.startedOn !== null && start === 0;
    const remaining = underway ? Math.max(1, expected - Math.max(0, daysFrom(s.startedOn!, today))) : expected;
    const end = start + remaining;
    finish.set(s.key, end);
    out[s.key] = addDays(today, Math.ceil(end));
  }
  return out;
}

/** The forecast production day (ISO): the last open step's forecast; null when nothing is open. */
export function forecastProduction(today: string, open: readonly TOpenStep[], history: Readonly<Record<string, TStepExpectation>>): string | null {
  const days = Object.values(forecastSteps(today, open, history));
  return days.length === 0 ? null : days.sort().at(-1)!;
}

/** Days the forecast lies after the target (positive: late); null without either. */
export function slipDays(target: string | null, forecast: string | null): number | null {
  return target && forecast ? daysFrom(target, forecast) : null;
}
