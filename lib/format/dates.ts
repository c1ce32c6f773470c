// The one way Ajour shows a date: in Oslo time, one format per language.
//   instant:  "30. nov. 2026 kl. 15:39" (nb)  /  "30 Nov 2026, 15:39" (en)
//   day:      "30. nov. 2026"           (nb)  /  "30 Nov 2026"        (en)
// Pure (no Next, no React): pages, client components, exports and tests call the same functions.
// Constructing an Intl.DateTimeFormat costs far more than using one, so each is built once.

export type TDateLocale = "nb" | "en";

export const APP_TIME_ZONE = "Europe/Oslo";

const INTL_LOCALE: Record<TDateLocale, string> = { nb: "nb-NO", en: "en-GB" };
const TIME_JOIN: Record<TDateLocale, string> = { nb: " kl. ", en: ", " };

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: TDateLocale, kind: "date" | "time" | "day"): Intl.DateTimeFormat {
  const key = `${locale}:${kind}`;
  let f = cache.get(key);
  if (!f) {
    f =
      kind === "time"
        ? new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: APP_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
        : new Intl.DateTimeFormat(INTL_LOCALE[locale], {
            // a calendar day (YYYY-MM-DD) is the same day everywhere: read and write it in UTC
            timeZone: kind === "day" ? "UTC" : APP_TIME_ZONE,
            day: "numeric",
            month: "short",
            year: "numeric",
          });
    cache.set(key, f);
  }
  return f;
}

export const toDateLocale = (locale: string): TDateLocale => (locale === "en" ? "en" : "nb");

const asDate = (value: Date | string): Date => (typeof value === "string" ? new Date(value) : value);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An instant (Date or ISO string) as date and time in Oslo: "30. nov. 2026 kl. 15:39". */
export function formatDateTime(value: Date | string, locale: TDateLocale): string {
  const d = asDate(value);
  if (Number.isNaN(d.getTime())) return String(value);
  return `${formatter(locale, "date").format(d)}${TIME_JOIN[locale]}${formatter(locale, "time").format(d)}`;
}

/**
 * A date without time: "30. nov. 2026". A calendar day ("2026-11-30", a due date) is shown as
 * that day; an instant (Date or full ISO string) as its day in Oslo.
 */
export function formatDate(value: Date | string, locale: TDateLocale): string {
  if (typeof value === "string" && DAY.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? value : formatter(locale, "day").format(d);
  }
  const d = asDate(value);
  if (Number.isNaN(d.getTime())) return String(value);
  return formatter(locale, "date").format(d);
}

/** The time of day in Oslo: "15:39". */
export function formatTime(value: Date | string, locale: TDateLocale): string {
  const d = asDate(value);
  return Number.isNaN(d.getTime()) ? String(value) : formatter(locale, "time").format(d);
}

/** Oslo's wall-clock date and time of an instant as plain parts (for export cells and sorting). */
export function osloParts(value: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts = OSLO_PARTS.formatToParts(value);
  const get = (t: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour") % 24, minute: get("minute"), second: get("second") };
}
const OSLO_PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: APP_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23",
});

// Date inputs. A native <input type="date"> shows the browser's format (mm/dd/yyyy in an English
// Chromium on a Norwegian page), so date fields are text fields in the page's format instead:
// one format for both languages, as Norwegian users write dates, and ISO 8601 also accepted.

/** The format a date field asks for, shown next to its label. */
export const DATE_INPUT_FORMAT: Record<TDateLocale, string> = { nb: "dd.mm.åååå", en: "dd.mm.yyyy" };

const TYPED_DAY = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A typed date ("30.11.2026", "1.2.2026", "30/11/2026" or "2026-11-30") as an ISO day
 *  ("2026-11-30"), or null when it is not a real calendar day (31.02.2026) or not a date. */
export function parseDateInput(text: string): string | null {
  const s = text.trim();
  const typed = TYPED_DAY.exec(s);
  const iso = typed ? null : ISO_DAY.exec(s);
  if (!typed && !iso) return null;
  const [year, month, day] = typed ? [Number(typed[3]), Number(typed[2]), Number(typed[1])] : [Number(iso![1]), Number(iso![2]), Number(iso![3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** An ISO day as a date field shows it ("2026-11-30" → "30.11.2026"); anything else unchanged,
 *  so a half-typed or wrong value stays as the user wrote it. */
export function formatDateInput(value: string): string {
  const iso = ISO_DAY.exec(value);
  return iso && parseDateInput(value) ? `${iso[3]}.${iso[2]}.${iso[1]}` : value;
}

/** For schemas: a typed date becomes its ISO day; anything else passes through unchanged so the
 *  schema's own check can say what is wrong with it. */
export const normalizeDateInput = (value: unknown): unknown => (typeof value === "string" ? (parseDateInput(value) ?? value) : value);
