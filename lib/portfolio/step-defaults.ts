// Planning defaults per step (calendar days from start to done) where no institution has finished
// the step yet. From the onboarding guide's indications: NAV's decision on B-1 takes weeks, the
// integration test (C-4) is the longest step, Bits' own confirmations take days. Data, not logic:
// the forecast (forecast.ts) prefers the median of the real history as soon as there is one.
export const DEFAULT_STEP_DAYS: Readonly<Record<string, number>> = {
  "A-1": 7, "A-2": 21, "A-3": 7, "A-4": 10, "A-5": 7, "A-6": 10, "A-7": 7, "A-8": 5,
  "B-1": 30, "B-2": 14, "B-3": 10, "B-4": 14, "B-5": 10, "B-6": 7, "B-7": 5, "B-8": 7,
  "C-1": 7, "C-2": 7, "C-3": 14, "C-4": 30, "C-6": 10, "C-7": 10,
  "D-1": 5, "D-2": 14,
};

/** A step the table does not know (a future catalogue version): two weeks. */
export const FALLBACK_STEP_DAYS = 14;

/** How many finished examples a step needs before its median replaces the default. */
export const MIN_HISTORY_SAMPLES = 3;

export const defaultStepDays = (key: string): number => DEFAULT_STEP_DAYS[key] ?? FALLBACK_STEP_DAYS;
