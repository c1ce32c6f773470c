// Evidence for phases A and B: what is recorded and when it is complete.
import { z } from "zod";
import {
  CERT_ENVIRONMENTS,
  CERT_PROVIDERS,
  MASKINPORTEN_SCOPES,
  NOTE_FIELD,
  absent,
  defineSpec,
  field,
  opt,
  zDate,
  zOrgnr,
  zList,
  zText,
  type TEvidenceSpec,
} from "./evidence-primitives";
import { b2FormVariant, b3PerformedBy } from "./applicability";

const note = zText(2000, true);

export const ZCertificateDraftSchema = z.object({
  environment: z.enum(CERT_ENVIRONMENTS).optional(),
  provider: z.enum(CERT_PROVIDERS).optional(),
  expiresOn: zDate(),
  reused: z.boolean().optional(),
});
export type TCertificateDraft = z.output<typeof ZCertificateDraftSchema>;

const A2 = defineSpec({
  fields: [
    field("certificates", "list", "Virksomhetssertifikater", "Enterprise certificates", true, {
      itemFields: [
        field("environment", "select", "Miljø", "Environment", true, {
          options: [opt("test", "Test"), opt("production", "Produksjon", "Production")],
        }),
        field("provider", "select", "Utsteder", "Provider", true, { options: CERT_PROVIDERS.map((p) => opt(p, p)) }),
        field("expiresOn", "date", "Utløper", "Expires on"),
        field("reused", "boolean", "Gjenbrukt", "Reused", false),
      ],
    }),
    NOTE_FIELD,
  ],
  schema: z.object({ certificates: zList(ZCertificateDraftSchema), note }),
  // Complete with at least one test and one production certificate that name provider and expiry.
  missing: (d) =>
    CERT_ENVIRONMENTS.filter(
      (env) => !(d.certificates ?? []).some((c) => c.environment === env && c.provider && c.expiresOn),
    ).map((env) => `certificates.${env}`),
});

const B1 = defineSpec({
  fields: [
    field("appliedOn", "date", "Søknad sendt", "Application sent"),
    field("navReference", "text", "NAVs referanse", "NAV reference"),
    field("decidedOn", "date", "Vedtaksdato", "Decision date"),
    field("dataProcessorOrgnr", "orgnr", "Ekstern databehandlers org.nr.", "External data processor org. no.", false),
    NOTE_FIELD,
  ],
  schema: z.object({ appliedOn: zDate(), navReference: zText(), decidedOn: zDate(), dataProcessorOrgnr: zOrgnr(), note }),
  missing: (d) => absent(d, ["appliedOn", "navReference", "decidedOn"]),
});

const B2 = defineSpec({
  fields: [
    field("formVariant", "select", "Skjemavariant", "Form variant", true, {
      options: [opt("BLP", "Medlem av BLP", "BLP member"), opt("NON_BLP", "Ikke medlem av BLP", "Not a BLP member")],
    }),
    field("sentOn", "date", "Sendt til Bits", "Sent to Bits"),
    field("caseReference", "text", "Saksreferanse", "Case reference"),
    NOTE_FIELD,
  ],
  schema: z.object({ formVariant: z.enum(["BLP", "NON_BLP"]).optional(), sentOn: zDate(), caseReference: zText(), note }),
  missing: (d, ctx) => [
    ...absent(d, ["formVariant", "sentOn", "caseReference"]),
    ...(ctx.profile && d.formVariant && d.formVariant !== b2FormVariant(ctx.profile) ? ["formVariant"] : []),
  ],
});

const B3 = defineSpec({
  fields: [
    field("performedBy", "select", "Utført av", "Done by", true, {
      options: [opt("institution", "Pensjonsinnretningen", "The institution"), opt("supplier", "Tredjepartsleverandøren", "The third-party supplier")],
    }),
    field("doneOn", "date", "Dato", "Date"),
    NOTE_FIELD,
  ],
  schema: z.object({ performedBy: z.enum(["institution", "supplier"]).optional(), doneOn: zDate(), note }),
  missing: (d, ctx) => {
    const expected = ctx.profile && (b3PerformedBy(ctx.profile) === "SUPPLIER" ? "supplier" : "institution");
    const wrong = expected && d.performedBy && d.performedBy !== expected ? ["performedBy"] : [];
    return [...absent(d, ["performedBy", "doneOn"]), ...wrong];
  },
});

const B4 = defineSpec({
  fields: [field("signedOn", "date", "Signert", "Signed on"), NOTE_FIELD],
  schema: z.object({ signedOn: zDate(), note }),
  missing: (d) => absent(d, ["signedOn"]),
});

const B5 = defineSpec({
  fields: [
    field("tt02Access", "boolean", "Tilgang til TT02 gitt", "TT02 access granted"),
    field("testUser", "text", "Testbruker (identifikator)", "Test user (identifier)", "SUPPLIER"),
    NOTE_FIELD,
  ],
  schema: z.object({ tt02Access: z.boolean().optional(), testUser: zText(), note }),
  // The test user with delegation rights is ordered only with a third-party supplier.
  missing: (d, ctx) => [
    ...(d.tt02Access === true ? [] : ["tt02Access"]),
    ...(ctx.profile?.hasSupplier && !d.testUser ? ["testUser"] : []),
  ],
});

/** B-6 and C-2: the four scopes, granted in test. */
export const scopesSpec = (): TEvidenceSpec =>
  defineSpec({
    fields: [
      field("scopes", "multiselect", "Scopes gitt i test", "Scopes granted in test", true, {
        options: MASKINPORTEN_SCOPES.map((s) => opt(s, s)),
      }),
      NOTE_FIELD,
    ],
    schema: z.object({ scopes: zList(z.enum(MASKINPORTEN_SCOPES)), note }),
    missing: (d) => MASKINPORTEN_SCOPES.filter((s) => !(d.scopes ?? []).includes(s)).map((s) => `scopes.${s}`),
  });

// B-7's evidence is the delegation matrix (delegation.ts, StepDelegation rows), confirmed cell by
// cell on the step page; its completeness comes from DELEGATION_GATES. The form keeps a note.
// (Earlier versions stored delegatedInTest/delegatedInProduction lists here: parsing drops them.)
const B7 = defineSpec({
  fields: [NOTE_FIELD],
  schema: z.object({ note }),
  missing: () => [],
});

const B8 = defineSpec({
  fields: [
    field("keyObtained", "boolean", "Subscription key mottatt", "Subscription key obtained"),
    field("obtainedOn", "date", "Dato", "Date"),
    field("holder", "text", "Hvem har nøkkelen", "Key holder"),
    NOTE_FIELD,
  ],
  schema: z.object({ keyObtained: z.boolean().optional(), obtainedOn: zDate(), holder: zText(), note }),
  missing: (d) => [...(d.keyObtained === true ? [] : ["keyObtained"]), ...absent(d, ["obtainedOn", "holder"])],
});

export const SPECS_AB: Readonly<Record<string, TEvidenceSpec>> = {
  "A-2": A2,
  "B-1": B1,
  "B-2": B2,
  "B-3": B3,
  "B-4": B4,
  "B-5": B5,
  "B-6": scopesSpec(),
  "B-7": B7,
  "B-8": B8,
};
