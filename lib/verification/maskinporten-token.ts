// Pure: the checks of a Maskinporten access token pasted on B-3 or C-2 (issue 16). Decoding and
// the signature check are in lib/server/verification/check-token.ts; this file decides.
import { MASKINPORTEN_SCOPES, type TMaskinportenScope } from "../onboarding/evidence-primitives";

/**
 * Maskinporten's issuers (the `iss` of its tokens, the `aud` of a JWT grant). Source: Digdir's
 * Maskinporten documentation (well-known endpoints: test https://test.maskinporten.no/,
 * production https://maskinporten.no/).
 */
export const MASKINPORTEN_ISSUERS = {
  test: "https://test.maskinporten.no/",
  production: "https://maskinporten.no/",
} as const;

/**
 * Scopes a token must carry on each step. Source of the four scopes: the DSOP ajourhold FAQ
 * (skatteetaten:inntekt, skatteetaten:inntektsmottakere, skatteetaten:tjenestepensjonsavtale,
 * nav:aareg/v1/arbeidsforhold/otp). B-3 (joining Maskinporten) comes before B-6 grants the scopes,
 * so a B-3 token shows the client and the consumer only; C-2 (Maskinporten set up in test) needs all four.
 */
export const REQUIRED_SCOPES: Readonly<Record<"B-3" | "C-2", readonly TMaskinportenScope[]>> = {
  "B-3": [],
  "C-2": MASKINPORTEN_SCOPES,
};
export const TOKEN_STEPS = Object.keys(REQUIRED_SCOPES) as (keyof typeof REQUIRED_SCOPES)[];
export type TTokenStep = (typeof TOKEN_STEPS)[number];

/** The claims Ajour keeps of a token (never the token). */
export interface TTokenClaims {
  iss: string | null;
  scopes: string[];
  /** org numbers from `0192:<orgnr>` */
  consumer: string | null;
  supplier: string | null;
  clientId: string | null;
  exp: string | null;
}

export type TTokenEnvironment = "test" | "production" | "unknown";

/** "0192:912719103" (ISO 6523 actor id, Norwegian org number register) → "912719103". */
export function orgnrOfActor(value: unknown): string | null {
  const id = value && typeof value === "object" ? (value as { ID?: unknown }).ID : undefined;
  const m = typeof id === "string" ? id.match(/^0192:(\d{9})$/) : null;
  return m ? m[1] : null;
}

export function claimsFromPayload(payload: Record<string, unknown>): TTokenClaims {
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  return {
    iss: str(payload.iss),
    scopes: typeof payload.scope === "string" ? payload.scope.split(" ").filter(Boolean) : [],
    consumer: orgnrOfActor(payload.consumer),
    supplier: orgnrOfActor(payload.supplier),
    clientId: str(payload.client_id),
    exp: typeof payload.exp === "number" ? new Date(payload.exp * 1000).toISOString() : null,
  };
}

export function tokenEnvironment(iss: string | null): TTokenEnvironment {
  if (iss === MASKINPORTEN_ISSUERS.test) return "test";
  if (iss === MASKINPORTEN_ISSUERS.production) return "production";
  return "unknown";
}

export type TSignatureResult = "valid" | "invalid" | "not-checked";

export interface TTokenChecks {
  environment: TTokenEnvironment;
  issuerIsTest: boolean;
  missingScopes: string[];
  consumerIsInstitution: boolean;
  /** null when the institution has no supplier */
  supplierIsInstitutionsSupplier: boolean | null;
  signature: TSignatureResult;
  /** why the signature was not checked, when it was not */
  signatureNote: "not-configured" | "unreachable" | null;
  passed: boolean;
}

export function checkTokenClaims(
  claims: TTokenClaims,
  ctx: { stepKey: TTokenStep; orgnr: string; supplierOrgnr: string | null; signature: TSignatureResult; signatureNote: TTokenChecks["signatureNote"] },
): TTokenChecks {
  const environment = tokenEnvironment(claims.iss);
  const missingScopes = REQUIRED_SCOPES[ctx.stepKey].filter((s) => !claims.scopes.includes(s));
  const consumerIsInstitution = claims.consumer === ctx.orgnr;
  const supplierIsInstitutionsSupplier = ctx.supplierOrgnr ? claims.supplier === ctx.supplierOrgnr : null;
  const passed =
    environment === "test" && missingScopes.length === 0 && consumerIsInstitution && supplierIsInstitutionsSupplier !== false && ctx.signature !== "invalid";
  return {
    environment,
    issuerIsTest: environment === "test",
    missingScopes,
    consumerIsInstitution,
    supplierIsInstitutionsSupplier,
    signature: ctx.signature,
    signatureNote: ctx.signatureNote,
    passed,
  };
}

/** A token the checks accept as this institution's own, from test Maskinporten: the step's
 * evidence may then be taken from it instead of typed (missing scopes still show on the step). */
export function tokenProvesClient(checks: TTokenChecks): boolean {
  return checks.environment === "test" && checks.consumerIsInstitution && checks.supplierIsInstitutionsSupplier !== false && checks.signature !== "invalid";
}

/**
 * The step's evidence with what an accepted token proves, or null when it proves nothing new.
 * C-2: the service's scopes the token carries, added to those recorded (a token shows what the
 * client has, not what it lacks). B-3: who runs the client (the supplier when the token names one)
 * and, if not recorded, the day the token was issued (Oslo). Other fields are left as they are.
 */
export function evidenceFromToken(
  stepKey: TTokenStep,
  evidence: Record<string, unknown>,
  token: { claims: TTokenClaims; checks: TTokenChecks; issuedOn: string | null },
): Record<string, unknown> | null {
  if (!tokenProvesClient(token.checks)) return null;
  if (stepKey === "C-2") {
    const recorded = Array.isArray(evidence.scopes) ? evidence.scopes.filter((s): s is string => typeof s === "string") : [];
    const scopes = MASKINPORTEN_SCOPES.filter((s) => recorded.includes(s) || token.claims.scopes.includes(s));
    return scopes.length === recorded.length ? null : { ...evidence, scopes };
  }
  const performedBy = token.claims.supplier ? "supplier" : "institution";
  const doneOn = typeof evidence.doneOn === "string" && evidence.doneOn ? evidence.doneOn : token.issuedOn;
  if (evidence.performedBy === performedBy && evidence.doneOn === doneOn) return null;
  return { ...evidence, performedBy, ...(doneOn ? { doneOn } : {}) };
}
