// zod schemas for every input of the rules and the API, plus the mapping of a failed parse to
// 400 OTP-006 with a Norwegian message that names the field.
import { z } from "zod";
import { otpError, type OtpError } from "./errors";
import { MONTH_PATTERN } from "./months";
import { isValidOrgnr } from "./orgnr";
import { textProblem } from "../validation/text";

const MISSING = "__missing__"; // marker message, turned into "Mangler påkrevd felt …"

const text = () =>
  z.string({ error: (iss) => (iss.input === undefined ? MISSING : "verdien må være en tekst") });

export const ZMonthSchema = text().regex(MONTH_PATTERN, "måned må være på formen ÅÅÅÅ-MM med måned 01–12");
export const ZOrgnrSchema = text().refine(isValidOrgnr, "organisasjonsnummer må være 9 siffer med gyldig kontrollsiffer");
export const ZAvtalereferanseSchema = text()
  .min(1, "avtalereferanse må være 1–4000 tegn")
  .max(4000, "avtalereferanse må være 1–4000 tegn")
  // the API takes any text of 1–4000 characters; line breaks stay allowed, NUL and other control
  // characters and lone surrogates (which no database stores as text) do not
  .refine((v) => textProblem(v, true) === null, "avtalereferanse kan ikke inneholde kontrolltegn (som NUL) eller ugyldige Unicode-tegn (enslige surrogater)");

const opplysningspliktig = z.strictObject(
  { norskIdentifikator: ZOrgnrSchema },
  { error: (iss) => (iss.input === undefined ? MISSING : "verdien må være et objekt") },
);
const tilNotBeforeFra = (v: { fraOgMed: string; tilOgMed?: string }) => v.tilOgMed === undefined || v.tilOgMed >= v.fraOgMed;
const TIL_BEFORE_FRA = { path: ["tilOgMed"], message: "tilOgMed kan ikke være før fraOgMed" };

/** One agreement of a PairInput; tilOgMed before fraOgMed is rejected. */
export const ZAgreementSchema = z
  .strictObject({ avtalereferanse: ZAvtalereferanseSchema, fraOgMed: ZMonthSchema, tilOgMed: ZMonthSchema.optional() })
  .refine(tilNotBeforeFra, TIL_BEFORE_FRA);

export const ZPairInputSchema = z.strictObject({
  employerMonths: z.array(ZMonthSchema),
  agreements: z.array(ZAgreementSchema),
});

/** POST …/avtaleforhold. fraOgMed before 2021-01 is accepted: such months simply never count. */
export const ZAvtaleforholdPostSchema = z
  .strictObject({
    avtalereferanse: ZAvtalereferanseSchema,
    fraOgMed: ZMonthSchema,
    tilOgMed: ZMonthSchema.optional(),
    opplysningspliktig,
  })
  .refine(tilNotBeforeFra, TIL_BEFORE_FRA);

/** DELETE …/avtaleforhold. */
export const ZAvtaleforholdDeleteSchema = z.strictObject({ avtalereferanse: ZAvtalereferanseSchema, opplysningspliktig });

/** Query of both GET …/gyldighet endpoints: all four required, fraOgMed ≤ tilOgMed. */
export const ZGyldighetQuerySchema = z
  .strictObject({
    opplysningspliktig: ZOrgnrSchema,
    pensjonsinnretning: ZOrgnrSchema,
    fraOgMed: ZMonthSchema,
    tilOgMed: ZMonthSchema,
  })
  .refine((q) => q.fraOgMed <= q.tilOgMed, { path: ["fraOgMed"], message: "fraOgMed kan ikke være etter tilOgMed" });

export type TAvtaleforholdPost = z.infer<typeof ZAvtaleforholdPostSchema>;
export type TAvtaleforholdDelete = z.infer<typeof ZAvtaleforholdDeleteSchema>;
export type TGyldighetQuery = z.infer<typeof ZGyldighetQuerySchema>;

/** Norwegian sentence for the first issue, naming the field (dotted path). */
export function validationMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Validering av inndata feilet.";
  const field = issue.path.map(String).join(".");
  if (issue.code === "unrecognized_keys") {
    return `Ukjent felt ${issue.keys.join(", ")}${field ? ` i ${field}` : ""}: ukjente felt er ikke tillatt`;
  }
  if (issue.message === MISSING) return `Mangler påkrevd felt ${field}`;
  if (!field) return `Ugyldig forespørsel: ${issue.code === "invalid_type" ? "forventet et JSON-objekt" : issue.message}`;
  return `Ugyldig verdi i feltet ${field}: ${issue.message}`;
}

/** A failed parse as the API's 400 OTP-006 response. */
export function validationError(error: z.ZodError, korrelasjonsid?: string): OtpError {
  return otpError("OTP-006", validationMessage(error), korrelasjonsid);
}

/** Parses, or answers 400 OTP-006: `{ ok: true, data }` | `{ ok: false, error }`. */
export function parseOrOtp006<S extends z.ZodType>(
  schema: S,
  data: unknown,
  korrelasjonsid?: string,
): { ok: true; data: z.output<S> } | { ok: false; error: OtpError } {
  const r = schema.safeParse(data);
  return r.success ? { ok: true, data: r.data } : { ok: false, error: validationError(r.error, korrelasjonsid) };
}
