// Month helpers. Months are `YYYY-MM` strings at the edges and integer indices
// (year * 12 + month - 1) inside, so month arithmetic is plain addition.

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Rule constants of the spec (agreement-rules.md, "Definitions"). */
export const EARLIEST_AVTALEFORHOLD = "2021-01";
export const EARLIEST_VIRKNINGSPERIODE = "2020-01";
export const MONTHS_BEFORE = 15;
export const MONTHS_AFTER = 1;

const MAX_INDEX = 9999 * 12 + 11;

export function isMonth(s: unknown): s is string {
  return typeof s === "string" && MONTH_PATTERN.test(s);
}

/** Index of a `YYYY-MM` month, or -1 when malformed. Char codes instead of a regex: this is on the hot path of every check. */
export function monthIndexOrNeg(s: string): number {
  if (typeof s !== "string" || s.length !== 7 || s.charCodeAt(4) !== 45) return -1;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    y = y * 10 + d;
  }
  const a = s.charCodeAt(5) - 48, b = s.charCodeAt(6) - 48;
  if (a < 0 || a > 1 || b < 0 || b > 9) return -1;
  const m = a * 10 + b;
  if (m < 1 || m > 12) return -1;
  return y * 12 + m - 1;
}

/** Index of a `YYYY-MM` month; throws RangeError naming the bad value. */
export function parseMonth(s: string): number {
  const i = monthIndexOrNeg(s);
  if (i < 0) throw new RangeError(`Invalid month ${JSON.stringify(s)}: expected YYYY-MM with month 01–12`);
  return i;
}

// Formatted strings come from a dense table built once for 1900..2199 (3 600 strings), so output
// of a check allocates no new strings; other years are formatted on demand.
const TABLE_FROM = 1900 * 12, TABLE_TO = 2200 * 12;
const build = (index: number) => {
  const y = Math.floor(index / 12), m = (index % 12) + 1;
  return String(y).padStart(4, "0") + (m < 10 ? "-0" : "-") + m;
};
const table: string[] = Array.from({ length: TABLE_TO - TABLE_FROM }, (_, i) => build(TABLE_FROM + i));

export function formatMonth(index: number): string {
  if (index >= TABLE_FROM && index < TABLE_TO) return table[index - TABLE_FROM];
  if (!Number.isInteger(index) || index < 0 || index > MAX_INDEX) {
    throw new RangeError(`Month index ${index} is outside 0000-01..9999-12`);
  }
  return build(index);
}

export function addMonths(month: string, n: number): string {
  return formatMonth(parseMonth(month) + n);
}

/**
 * The most months a list of months written as ranges may expand to: 1200 = 100 years, as many as
 * the sandbox API takes for one employer. Input is counted from the ranges' ends before anything
 * is expanded, so "0000-01..9999-12" costs nothing (it used to block a server for seconds).
 */
export const MAX_RANGE_MONTHS = 1200;

/** Ranges that would expand to more than `max` months. */
export class TooManyMonthsError extends RangeError {
  constructor(readonly max: number, readonly count: number) {
    super(`At most ${max} months: the ranges cover ${count}`);
    this.name = "TooManyMonthsError";
  }
}

/** Every month from `fra` to `til` inclusive; empty when fra is after til. At most `max` months. */
export function monthRange(fra: string, til: string, max = MAX_RANGE_MONTHS): string[] {
  const start = parseMonth(fra), end = parseMonth(til);
  if (end - start + 1 > max) throw new TooManyMonthsError(max, end - start + 1);
  const out: string[] = [];
  for (let i = start; i <= end; i++) out.push(formatMonth(i));
  return out;
}

/** Compact ranges of ascending unique indices: "2022-03..2022-05, 2022-09". */
export function indicesToRanges(sorted: ArrayLike<number>): string {
  let out = "";
  for (let i = 0; i < sorted.length; ) {
    const start = sorted[i];
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    if (out) out += ", ";
    out += j === i ? formatMonth(start) : formatMonth(start) + ".." + formatMonth(sorted[j]);
    i = j + 1;
  }
  return out;
}

/** Compact ranges, e.g. `2022-03..2022-05, 2022-09..2022-10`; input in any order, duplicates ignored; "" when empty. */
export function toRanges(months: readonly string[]): string {
  const idx = Array.from(new Set(months.map(parseMonth))).sort((a, b) => a - b);
  return indicesToRanges(idx);
}

/**
 * Inverse of toRanges: "2022-03..2022-05, 2022-11" → months ascending, unique. Throws RangeError on
 * bad input, and TooManyMonthsError when the ranges cover more than `max` distinct months: the
 * ranges are merged as intervals and counted first, and expanded only when within the limit.
 */
export function parseRanges(text: string, max = MAX_RANGE_MONTHS): string[] {
  const intervals: [number, number][] = [];
  for (const raw of text.split(",")) {
    const part = raw.trim();
    if (part === "") {
      if (text.trim() === "") continue;
      throw new RangeError(`Empty range in ${JSON.stringify(text)}`);
    }
    const [a, b, extra] = part.split("..").map((p) => p.trim());
    if (extra !== undefined) throw new RangeError(`Bad range ${JSON.stringify(part)}: use YYYY-MM..YYYY-MM`);
    const from = monthIndexOrNeg(a), to = b === undefined ? from : monthIndexOrNeg(b);
    if (from < 0 || to < 0) {
      throw new RangeError(`Bad range ${JSON.stringify(part)}: months must be YYYY-MM with month 01–12`);
    }
    if (to < from) throw new RangeError(`Bad range ${JSON.stringify(part)}: start is after end`);
    if (to - from + 1 > max) throw new TooManyMonthsError(max, to - from + 1); // one range alone is too many
    intervals.push([from, to]);
  }
  intervals.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  let count = 0;
  for (const [from, to] of intervals) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1] + 1) {
      if (to > last[1]) { count += to - last[1]; last[1] = to; }
    } else {
      merged.push([from, to]);
      count += to - from + 1;
    }
  }
  if (count > max) throw new TooManyMonthsError(max, count);
  const out: string[] = [];
  for (const [from, to] of merged) for (let i = from; i <= to; i++) out.push(formatMonth(i));
  return out;
}
