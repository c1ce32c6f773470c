// Pure: working days in Norway (Monday–Friday, not a Norwegian public holiday), for the age of
// what waits on Bits. Public holidays come from `date-holidays` (type "public" only: Christmas
// Eve and New Year's Eve are not public holidays).
import Holidays from "date-holidays";
import { addDays, dayMs } from "./dates";

const norway = new Holidays("NO");
const holidayCache = new Map<number, Set<string>>();

/** Norway's public holidays of `year`, as ISO days. */
export function norwegianHolidays(year: number): Set<string> {
  let days = holidayCache.get(year);
  if (!days) {
    days = new Set(norway.getHolidays(year).filter((h) => h.type === "public").map((h) => h.date.slice(0, 10)));
    holidayCache.set(year, days);
  }
  return days;
}

export function isWorkingDay(iso: string): boolean {
  const weekday = new Date(dayMs(iso)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !norwegianHolidays(Number(iso.slice(0, 4))).has(iso);
}

/**
 * Working days that have passed since `from` up to and including `to`: a step sent on a Friday is
 * 1 working day old on Monday. 0 when `to` is not after `from`.
 */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  // a wait is years at most; bounded to keep a bad date from looping long
  for (let d = addDays(from, 1), n = 0; d <= to && n < 5000; d = addDays(d, 1), n++) if (isWorkingDay(d)) count++;
  return count;
}
