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

/** Every month from `fra` to `til` inclusive; empty when fra is after til. */
export function monthRange(fra: string, til: string): string[] {
  const out: string[] = [];
  for (let i = parseMonth(fra), end = parseMonth(til); i <= end; i++) out.push(formatMonth(i));
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

/** Inverse of toRanges: "2022-03..2022-05, 2022-11" → months ascending, unique. Throws RangeError on bad input. */
export function parseRanges(text: string): string[] {
  const set = new Set<number>();
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
    for (let i = from; i <= to; i++) set.add(i);
  }
  return Array.from(set).sort((x, y) => x - y).map(formatMonth);
}
