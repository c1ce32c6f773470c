// Building blocks for step evidence: lenient field schemas (blank form input counts as
// absent), the fixed option lists of the service, and the field descriptions a UI renders.
// Secrets are never evidence: for a key or a certificate we record that it exists, who holds
// it and when it expires.
import { z } from "zod";
import { normalizeDateInput } from "../format/dates";
import { zText as zSafeText } from "../validation/text";
import { isValidOrgnr } from "./orgnr";
import type { TInstitutionProfile, TLocalized } from "./types";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Most items of any evidence list (certificates, test cases, scopes …): a step page renders each,
 * and 2,000 test cases made C-4's page 4.5 MB. Refused as the field error "errors.tooMany". */
export const MAX_EVIDENCE_ITEMS = 200;
/** Longest link or e-mail address; free texts have their own maximum (zText). */
export const MAX_EVIDENCE_TEXT = 2000;

/** An evidence list of at most MAX_EVIDENCE_ITEMS items. */
export const zList = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_EVIDENCE_ITEMS, "errors.tooMany").optional();

/** Message keys of refused evidence values (checklist "form.errors.*"): each says what is wrong
 * and how to fix it, so no field falls back to a generic "invalid value". */
export const EVIDENCE_MESSAGES = {
  tooLong: "errors.tooLong",
  date: "errors.date",
  url: "errors.url",
  email: "errors.email",
  orgnr: "errors.orgnr",
} as const;

/** Free text of an evidence field (lib/validation/text: no NUL, control characters or lone surrogates). */
export const zText = (max = 500, multiline = false) =>
  z.preprocess(blank, zSafeText({ max, multiline, messages: { tooLong: EVIDENCE_MESSAGES.tooLong } }).optional());
/** A day, typed as dd.mm.yyyy or ISO; stored as ISO. */
export const zDate = () => z.preprocess((v) => normalizeDateInput(blank(v)), z.iso.date(EVIDENCE_MESSAGES.date).optional());
export const zUrl = () =>
  z.preprocess(blank, z.string().max(MAX_EVIDENCE_TEXT, EVIDENCE_MESSAGES.tooLong).pipe(z.url({ protocol: /^https?$/, message: EVIDENCE_MESSAGES.url })).optional());
export const zEmail = () => z.preprocess(blank, z.string().max(254, EVIDENCE_MESSAGES.tooLong).pipe(z.email(EVIDENCE_MESSAGES.email)).optional());
/** Org number, spaces between groups allowed, stored without them; modulus-11 checked. */
export const zOrgnr = () =>
  z.preprocess(
    (v) => (typeof v === "string" ? blank(v.replace(/\s+/g, "")) : v),
    z.string().refine(isValidOrgnr, { message: EVIDENCE_MESSAGES.orgnr }).optional(),
  );

export const MASKINPORTEN_SCOPES = [
  "skatteetaten:inntekt",
  "skatteetaten:inntektsmottakere",
  "skatteetaten:tjenestepensjonsavtale",
  "nav:aareg/v1/arbeidsforhold/otp",
] as const;
export type TMaskinportenScope = (typeof MASKINPORTEN_SCOPES)[number];

/** The Altinn rights B-7 delegates to the third party (names as Altinn shows them). */
export const ALTINN_RIGHTS = {
  INNTEKTSMOTTAKERE_API: "Inntektsmottakere API",
  TJENESTEPENSJONSAVTALE_API: "Tjenestepensjonsavtale API",
  AAREG_OTP_API: "Aa-registeret OTP API",
  INNTEKT_API_PAA_VEGNE_AV: "Inntekt API – På vegne av",
} as const;
export const ALTINN_RIGHT_KEYS = Object.keys(ALTINN_RIGHTS) as (keyof typeof ALTINN_RIGHTS)[];

export const ALERT_CHANNELS = {
  SKATTEETATEN: { nb: "Skatteetaten", en: "Skatteetaten" },
  NAV_AAREG: { nb: "NAV (Aa-registeret)", en: "NAV (Aa-register)" },
  ALTINN: { nb: "Altinn", en: "Altinn" },
  DIGDIR: { nb: "Digdir", en: "Digdir" },
} as const satisfies Record<string, TLocalized>;
export const ALERT_CHANNEL_KEYS = Object.keys(ALERT_CHANNELS) as (keyof typeof ALERT_CHANNELS)[];

export const CERT_PROVIDERS = ["Buypass", "Commfides"] as const;
export const CERT_ENVIRONMENTS = ["test", "production"] as const;
export const TEST_RESULTS = ["passed", "failed", "not-run"] as const;

export type TEvidenceFieldType =
  | "text"
  | "textarea"
  | "date"
  | "boolean"
  | "orgnr"
  | "url"
  | "email"
  | "select"
  | "multiselect"
  | "list";

export interface TEvidenceOption {
  value: string;
  label: TLocalized;
}

export interface TEvidenceField {
  key: string;
  type: TEvidenceFieldType;
  label: TLocalized;
  /** Needed for the step to be complete. "SUPPLIER": only with a third-party supplier. */
  required: boolean | "SUPPLIER";
  options?: readonly TEvidenceOption[];
  /** For "list": the fields of each item. */
  itemFields?: readonly TEvidenceField[];
}

export interface TEvidenceContext {
  /** When given, answers that must match the institution's facts are checked (B-2, B-3, B-5). */
  profile?: TInstitutionProfile;
  /** The confirmed cells of the Altinn delegation matrix (delegation.ts; B-7 and C-7 with a
   * supplier). Absent = none confirmed: a caller that forgets them cannot complete a gated step. */
  delegations?: readonly { right: string; environment: string }[];
}

export interface TEvidenceSpec {
  fields: readonly TEvidenceField[];
  schema: z.ZodType;
  /** Machine keys of what is still missing, given data that passed `schema`. */
  missing: (data: unknown, ctx: TEvidenceContext) => string[];
}

/** Typed constructor: `missing` sees the schema's output type. */
export function defineSpec<S extends z.ZodType>(def: {
  fields: readonly TEvidenceField[];
  schema: S;
  missing: (data: z.output<S>, ctx: TEvidenceContext) => string[];
}): TEvidenceSpec {
  return def as TEvidenceSpec;
}

export function field(
  key: string,
  type: TEvidenceFieldType,
  nb: string,
  en: string,
  required: TEvidenceField["required"] = true,
  extra: Pick<TEvidenceField, "options" | "itemFields"> = {},
): TEvidenceField {
  return { key, type, label: { nb, en }, required, ...extra };
}

export const opt = (value: string, nb: string, en: string = nb): TEvidenceOption => ({ value, label: { nb, en } });

export const NOTE_FIELD = field("note", "textarea", "Notat", "Note", false);

/** Keys of required scalar answers that are absent. */
export function absent(data: Record<string, unknown>, keys: readonly string[]): string[] {
  return keys.filter((k) => data[k] === undefined || data[k] === null);
}
