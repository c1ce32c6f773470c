// The scenario in the URL's search params, so a scenario can be shared as a link:
//   op=974760673  m=2022-03..2022-05,2022-11  a=2022-03..2022-05:avtale-1 (repeated; "2022-09..:ref"
//   when open-ended)  q=2022-02..2022-05
// Each param is validated on its own with zod; a bad one is skipped and named in `invalid`.
import { z } from "zod";
import { ZAgreementSchema, ZMonthSchema, ZOrgnrSchema, type Agreement } from "@/lib/rules";
import { compactRanges, MAX_AGREEMENTS, parseMonthsText, type Query, type Scenario } from "./scenario";

export type ScenarioParam = "op" | "m" | "a" | "q";

const AGREEMENT_PATTERN = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})?:([\s\S]+)$/;
const QUERY_PATTERN = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/;

const ZMonthsParam = z
  .string()
  .max(20_000)
  .transform((text, ctx) => {
    const r = parseMonthsText(text);
    if (!r.ok) { ctx.addIssue({ code: "custom", message: `bad months: ${r.error.part}` }); return z.NEVER; }
    return r.months;
  });

const ZAgreementParam = z
  .string()
  .regex(AGREEMENT_PATTERN)
  .transform((s): Agreement => {
    const [, fraOgMed, tilOgMed, avtalereferanse] = AGREEMENT_PATTERN.exec(s)!;
    return tilOgMed ? { avtalereferanse, fraOgMed, tilOgMed } : { avtalereferanse, fraOgMed };
  })
  .pipe(ZAgreementSchema);

const ZQueryParam = z
  .string()
  .regex(QUERY_PATTERN)
  .transform((s) => { const [, fraOgMed, tilOgMed] = QUERY_PATTERN.exec(s)!; return { fraOgMed, tilOgMed }; })
  .pipe(z.object({ fraOgMed: ZMonthSchema, tilOgMed: ZMonthSchema }).refine((q) => q.fraOgMed <= q.tilOgMed)) as z.ZodType<Query, string>;

export const encodeAgreement = (a: Agreement) => `${a.fraOgMed}..${a.tilOgMed ?? ""}:${a.avtalereferanse}`;

/** Search string without "?" ("" for an empty scenario). */
export function encodeScenario(s: Scenario): string {
  const p = new URLSearchParams();
  if (s.orgnr) p.set("op", s.orgnr);
  if (s.months.length) p.set("m", compactRanges(s.months));
  for (const a of s.agreements) p.append("a", encodeAgreement(a));
  if (s.query) p.set("q", `${s.query.fraOgMed}..${s.query.tilOgMed}`);
  return p.toString();
}

type ParamSource = URLSearchParams | string | Record<string, string | string[] | undefined>;

function toParams(src: ParamSource): URLSearchParams {
  if (src instanceof URLSearchParams) return src;
  if (typeof src === "string") return new URLSearchParams(src);
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(src)) for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) p.append(k, x);
  return p;
}

/** Reads a scenario; every bad param is left out and listed in `invalid` (first occurrence only). */
export function decodeScenario(src: ParamSource): { scenario: Scenario; invalid: ScenarioParam[] } {
  const p = toParams(src);
  const invalid: ScenarioParam[] = [];
  const bad = (k: ScenarioParam) => { if (!invalid.includes(k)) invalid.push(k); };
  const scenario: Scenario = { orgnr: "", months: [], agreements: [] };

  const op = p.get("op");
  if (op !== null) { const r = ZOrgnrSchema.safeParse(op); if (r.success) scenario.orgnr = r.data; else bad("op"); }
  const m = p.get("m");
  if (m !== null) { const r = ZMonthsParam.safeParse(m); if (r.success) scenario.months = r.data; else bad("m"); }
  const as = p.getAll("a");
  if (as.length > MAX_AGREEMENTS) bad("a");
  for (const a of as.slice(0, MAX_AGREEMENTS)) {
    const r = ZAgreementParam.safeParse(a);
    if (!r.success) { bad("a"); continue; }
    // (D) the same avtalereferanse again replaces the earlier agreement
    const i = scenario.agreements.findIndex((x) => x.avtalereferanse === r.data.avtalereferanse);
    if (i >= 0) scenario.agreements[i] = r.data; else scenario.agreements.push(r.data);
  }
  const q = p.get("q");
  if (q !== null) { const r = ZQueryParam.safeParse(q); if (r.success) scenario.query = r.data; else bad("q"); }
  return { scenario, invalid };
}
