// Calendar dates as "YYYY-MM-DD" strings. The caller passes `today`; nothing here reads the clock.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(s: unknown): s is string {
  if (typeof s !== "string") return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function toUtcMs(s: string): number {
  if (!isIsoDate(s)) throw new Error(`Not a YYYY-MM-DD date: ${s}`);
  return Date.parse(`${s}T00:00:00Z`);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/**
 * Sort order of ISO dates and timestamps ("2026-11-26", "2026-11-26T10:00:00.000Z"): their
 * code-unit order is their time order, so no locale-aware comparison (which consults ICU per pair).
 */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
