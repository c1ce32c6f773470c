// Pure statistics over durations: median and percentiles (linear interpolation between the two
// nearest ranks, as spreadsheets' PERCENTILE.INC does), so a report and a spreadsheet agree.

/** The p-th percentile (0–100) of `values`; null for an empty list. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile out of range: ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

export const median = (values: readonly number[]): number | null => percentile(values, 50);

/** Median and 90th percentile with the sample size, the shape every insight table shows. */
export interface TDurationStats {
  n: number;
  median: number | null;
  p90: number | null;
}

export function durationStats(values: readonly number[]): TDurationStats {
  return { n: values.length, median: median(values), p90: percentile(values, 90) };
}
