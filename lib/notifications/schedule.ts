// When scheduled work is due (issue 14), in Oslo wall-clock time. Pure: callers pass `now`.
// A period is named by the Oslo day it starts on; the latest period that has started is the one
// to run, so a restart after the hour still runs it, and its database claim keeps it to once.
import { osloParts } from "../format/dates";
import { addDays } from "../portfolio/dates";

/** The daily run (digests, due-date and certificate reminders) starts at 07:00 Oslo time. */
export const DAILY_HOUR = 7;
/** Bits' weekly portfolio digest: Monday 08:00 Oslo time. */
export const WEEKLY_HOUR = 8;

const pad = (n: number) => String(n).padStart(2, "0");
const dayOf = (p: { year: number; month: number; day: number }) => `${p.year}-${pad(p.month)}-${pad(p.day)}`;

/** The daily period that has started by `now`: today from 07:00 Oslo time, else yesterday. */
export function dailyPeriod(now: Date): string {
  const p = osloParts(now);
  return p.hour >= DAILY_HOUR ? dayOf(p) : addDays(dayOf(p), -1);
}

/** The weekly period (its Monday) that has started by `now`: the latest Monday 08:00 Oslo. */
export function weeklyPeriod(now: Date): string {
  const p = osloParts(now);
  const today = dayOf(p);
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  const monday = addDays(today, -weekday);
  return weekday === 0 && p.hour < WEEKLY_HOUR ? addDays(monday, -7) : monday;
}
