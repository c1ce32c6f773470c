// Pure calendar-day arithmetic on ISO days (YYYY-MM-DD, UTC-based, no time zone shifts).
const DAY_MS = 86_400_000;

export const dayMs = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
export const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number): string => isoOf(dayMs(iso) + Math.round(days) * DAY_MS);
/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysFrom = (from: string, to: string): number => Math.round((dayMs(to) - dayMs(from)) / DAY_MS);
/** The calendar month of an ISO day or instant: "2026-03". */
export const monthOf = (iso: string): string => iso.slice(0, 7);
/** The quarter of an ISO day or instant: "2026-Q1". */
export function quarterOf(iso: string): string {
  const month = Number(iso.slice(5, 7));
  if (!(month >= 1 && month <= 12)) throw new RangeError(`not an ISO date: ${iso}`);
  return `${iso.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}
/** The `count` months ending with the month of `today`, oldest first: ["2025-01", …, "2026-12"]. */
export function lastMonths(today: string, count: number): string[] {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - (count - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}
/** The last day of a month "YYYY-MM". */
export function monthEnd(month: string): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
  return d.toISOString().slice(0, 10);
}
