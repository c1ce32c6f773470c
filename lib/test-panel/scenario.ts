// The test panel's scenario: one employer (opplysningspliktig), its reported months, the pension
// institution's agreements and an optional queried period. Drafts hold what the user typed;
// `resolveDraft` turns a draft into the valid scenario the grid and the URL use, plus error keys.
import {
  MAX_RANGE_MONTHS, parseRanges, toRanges, isValidOrgnr, ZAgreementSchema, ZMonthSchema, type Agreement,
} from "@/lib/rules";

/** Most months a scenario holds (100 years): keeps the URL and the grid sane. */
export const MAX_MONTHS = MAX_RANGE_MONTHS;
export const MAX_AGREEMENTS = 50;

export interface Query { fraOgMed: string; tilOgMed: string }

/** A valid scenario: what the grid shows and the URL holds. */
export interface Scenario {
  orgnr: string; // "" or a valid org number
  months: string[]; // ascending, unique
  agreements: Agreement[];
  query?: Query;
}

export interface AgreementDraft { id: string; avtalereferanse: string; fraOgMed: string; tilOgMed: string }

export interface Draft {
  orgnr: string;
  monthsText: string;
  months: string[];
  agreements: AgreementDraft[];
  queryFra: string;
  queryTil: string;
}

export const EMPTY_SCENARIO: Scenario = { orgnr: "", months: [], agreements: [] };

/** Org number used by the documented examples (valid modulus-11). */
export const EXAMPLE_ORGNR = "974760673";

/** The four examples of agreement-rules.md, exactly as documented. */
export const EXAMPLES: readonly Scenario[] = [
  {
    orgnr: EXAMPLE_ORGNR,
    months: parseRanges("2022-03..2022-05, 2022-09..2022-10"),
    agreements: [
      { avtalereferanse: "avtale-1", fraOgMed: "2022-03", tilOgMed: "2022-05" },
      { avtalereferanse: "avtale-2", fraOgMed: "2022-09" },
    ],
  },
  {
    orgnr: EXAMPLE_ORGNR,
    months: ["2022-03", "2022-11"],
    agreements: [{ avtalereferanse: "avtale-1", fraOgMed: "2022-03", tilOgMed: "2022-11" }],
  },
  {
    orgnr: EXAMPLE_ORGNR,
    months: ["2022-03"],
    agreements: [{ avtalereferanse: "avtale-1", fraOgMed: "2022-03", tilOgMed: "2022-11" }],
  },
  {
    orgnr: EXAMPLE_ORGNR,
    months: parseRanges("2022-02..2022-08"),
    agreements: [{ avtalereferanse: "avtale-1", fraOgMed: "2022-03", tilOgMed: "2022-05" }],
  },
];

/** Compact ranges without blanks, as in the URL and the text field: "2022-03..2022-05,2022-11". */
export const compactRanges = (months: readonly string[]): string => toRanges(months).replace(/, /g, ",");

export type MonthsTextError = { kind: "format" | "order" | "tooMany"; part: string };

/** Parses the months text field ("2022-03..2022-05, 2022-11"); names the first bad part. */
export function parseMonthsText(text: string): { ok: true; months: string[] } | { ok: false; error: MonthsTextError } {
  const parts = text.split(",").map((p) => p.trim());
  if (text.trim() === "") return { ok: true, months: [] };
  let count = 0;
  for (const part of parts) {
    if (part === "") return { ok: false, error: { kind: "format", part: "," } };
    const [a, b, extra] = part.split("..").map((p) => p.trim());
    const from = ZMonthSchema.safeParse(a), to = ZMonthSchema.safeParse(b ?? a);
    if (extra !== undefined || !from.success || !to.success) return { ok: false, error: { kind: "format", part } };
    if (to.data < from.data) return { ok: false, error: { kind: "order", part } };
    count += monthsBetween(from.data, to.data);
    if (count > MAX_MONTHS) return { ok: false, error: { kind: "tooMany", part } };
  }
  const months = parseRanges(text);
  return months.length > MAX_MONTHS ? { ok: false, error: { kind: "tooMany", part: text } } : { ok: true, months };
}

const monthsBetween = (a: string, b: string) =>
  (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5)) - Number(a.slice(5)) + 1;

export type AgreementField = "avtalereferanse" | "fraOgMed" | "tilOgMed";
export type AgreementErrorKey = "required" | "month" | "tooLong" | "tilBeforeFra";

/** Validates one agreement draft with ZAgreementSchema; an empty tilOgMed means open-ended. */
export function validateAgreement(d: AgreementDraft):
  | { ok: true; agreement: Agreement }
  | { ok: false; errors: Partial<Record<AgreementField, AgreementErrorKey>> } {
  const input: Agreement = { avtalereferanse: d.avtalereferanse, fraOgMed: d.fraOgMed.trim() };
  if (d.tilOgMed.trim() !== "") input.tilOgMed = d.tilOgMed.trim();
  const r = ZAgreementSchema.safeParse(input);
  if (r.success) return { ok: true, agreement: r.data };
  const errors: Partial<Record<AgreementField, AgreementErrorKey>> = {};
  for (const issue of r.error.issues) {
    const field = issue.path[0] as AgreementField;
    if (errors[field]) continue;
    if (field === "avtalereferanse") errors[field] = d.avtalereferanse === "" ? "required" : "tooLong";
    else if (issue.code === "custom") errors[field] = "tilBeforeFra";
    else errors[field] = input[field] === "" ? "required" : "month";
  }
  return { ok: false, errors };
}

/**
 * Valid agreements in list order; (D) a repeated avtalereferanse replaces the earlier agreement
 * (in the earlier one's place), as a repeated POST does. `replaced` holds the draft ids that lost.
 */
export function effectiveAgreements(drafts: readonly AgreementDraft[]): { agreements: Agreement[]; replaced: string[] } {
  const out: Agreement[] = [];
  const ids: string[] = [];
  const replaced: string[] = [];
  for (const d of drafts) {
    const v = validateAgreement(d);
    if (!v.ok) continue;
    const i = out.findIndex((a) => a.avtalereferanse === v.agreement.avtalereferanse);
    if (i >= 0) { replaced.push(ids[i]); out[i] = v.agreement; ids[i] = d.id; }
    else { out.push(v.agreement); ids.push(d.id); }
  }
  return { agreements: out, replaced };
}

export type QueryError = { fra?: "required" | "month" | "fraAfterTil"; til?: "required" | "month" };

/** The queried period, or none when both fields are empty. */
export function validateQuery(fra: string, til: string): { query?: Query; errors: QueryError } {
  const a = fra.trim(), b = til.trim();
  if (a === "" && b === "") return { errors: {} };
  const errors: QueryError = {};
  if (a === "") errors.fra = "required";
  else if (!ZMonthSchema.safeParse(a).success) errors.fra = "month";
  if (b === "") errors.til = "required";
  else if (!ZMonthSchema.safeParse(b).success) errors.til = "month";
  if (!errors.fra && !errors.til && a > b) errors.fra = "fraAfterTil";
  return errors.fra || errors.til ? { errors } : { query: { fraOgMed: a, tilOgMed: b }, errors };
}

export const orgnrError = (orgnr: string): "orgnr" | undefined =>
  orgnr.trim() === "" || isValidOrgnr(orgnr.trim()) ? undefined : "orgnr";

/** The valid scenario a draft stands for: invalid parts are left out (they show inline errors instead). */
export function resolveDraft(d: Draft): Scenario {
  const s: Scenario = {
    orgnr: orgnrError(d.orgnr) ? "" : d.orgnr.trim(),
    months: d.months,
    agreements: effectiveAgreements(d.agreements).agreements,
  };
  const q = validateQuery(d.queryFra, d.queryTil).query;
  if (q) s.query = q;
  return s;
}

export function draftFromScenario(s: Scenario, idPrefix = "a"): Draft {
  return {
    orgnr: s.orgnr,
    monthsText: compactRanges(s.months).replace(/,/g, ", "),
    months: [...s.months],
    agreements: s.agreements.map((a, i) => ({
      id: `${idPrefix}${i + 1}`, avtalereferanse: a.avtalereferanse, fraOgMed: a.fraOgMed, tilOgMed: a.tilOgMed ?? "",
    })),
    queryFra: s.query?.fraOgMed ?? "",
    queryTil: s.query?.tilOgMed ?? "",
  };
}

/** Toggles months on or off (sorted result). */
export function setMonths(months: readonly string[], changed: readonly string[], on: boolean): string[] {
  const set = new Set(months);
  for (const m of changed) { if (on) set.add(m); else set.delete(m); }
  return Array.from(set).sort();
}
