// Notification categories, e-mail modes and their defaults (issue 14). Pure.

export const CATEGORIES = ["REVIEW", "COMMENT", "MENTION", "DUE", "CERTIFICATE", "MEMBERSHIP", "PORTFOLIO"] as const;
export type TCategory = (typeof CATEGORIES)[number];

export const MODES = ["IMMEDIATE", "DAILY", "WEEKLY", "OFF"] as const;
export type TMode = (typeof MODES)[number];

export type TRole = "ADMIN" | "COORDINATOR" | "INSTITUTION_USER";

export const isCategory = (v: unknown): v is TCategory => typeof v === "string" && (CATEGORIES as readonly string[]).includes(v);
export const isMode = (v: unknown): v is TMode => typeof v === "string" && (MODES as readonly string[]).includes(v);
export const isBits = (role: TRole) => role === "COORDINATOR" || role === "ADMIN";

/** The categories a person of this role can receive (the portfolio digest is Bits' own). */
export function categoriesFor(role: TRole): TCategory[] {
  return CATEGORIES.filter((c) => c !== "PORTFOLIO" || isBits(role));
}

/** Modes a category offers: the portfolio digest is weekly or off. */
export function modesFor(category: TCategory): TMode[] {
  return category === "PORTFOLIO" ? ["WEEKLY", "OFF"] : [...MODES];
}

/**
 * Defaults: reviews, returns, comments and mentions immediately; due dates in the daily digest;
 * certificates and membership changes immediately; Bits' weekly portfolio digest on Monday.
 */
export function defaultMode(category: TCategory, role: TRole): TMode {
  switch (category) {
    case "DUE":
      return "DAILY";
    case "PORTFOLIO":
      return isBits(role) ? "WEEKLY" : "OFF";
    default:
      return "IMMEDIATE";
  }
}

/** The mode that applies: the person's stored choice when it is a valid one, else the default. */
export function effectiveMode(category: TCategory, role: TRole, stored: Partial<Record<string, string>>): TMode {
  const s = stored[category];
  if (isMode(s) && modesFor(category).includes(s)) return s;
  return defaultMode(category, role);
}

/**
 * Where an event goes for one recipient: the inbox always (unless `inApp` is false), e-mail
 * now, in a digest, or not at all. `digestOnly` events (Bits' due-date copies) never go out
 * immediately: an IMMEDIATE choice puts them in the daily digest.
 */
export function delivery(mode: TMode, opts: { digestOnly?: boolean } = {}): { email: "NOW" | "DAILY" | "WEEKLY" | null } {
  if (mode === "OFF") return { email: null };
  if (mode === "IMMEDIATE") return { email: opts.digestOnly ? "DAILY" : "NOW" };
  return { email: mode };
}
