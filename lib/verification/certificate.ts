// Pure: what Ajour concludes from a business certificate's public facts (step A-2). The parsing
// (node:crypto) is in lib/server/verification/read-certificate.ts; this file decides provider,
// environment, org number and the checks shown on the step.
import { CERT_ENVIRONMENTS, CERT_PROVIDERS } from "../onboarding/evidence-primitives";
import type { TCertificateDraft } from "../onboarding/evidence-specs-ab";

export type TCertProvider = (typeof CERT_PROVIDERS)[number];
export type TCertEnvironment = (typeof CERT_ENVIRONMENTS)[number];

/**
 * Issuers (the issuing CA's common name) Ajour recognises, with where each name comes from.
 * Test issuers carry "Test"/"TEST" in their names; production issuers carry neither. A name not
 * listed here is reported as unknown — Ajour never guesses provider or environment from a name.
 */
export const KNOWN_ISSUERS: readonly { name: string; provider: TCertProvider; environment: TCertEnvironment; source: string }[] = [
  {
    name: "Commfides CPN Enterprise-Norwegian SHA256 CA - TEST2",
    provider: "Commfides",
    environment: "test",
    source: "Posten signering docs, 'Buy enterprise certificates' (github.com/digipost/signering-docs): ask Commfides for CN=Commfides CPN Enterprise-Norwegian SHA256 CA - TEST2",
  },
  {
    name: "Buypass Class 3 Test4 CA 3",
    provider: "Buypass",
    environment: "test",
    source: "Buypass's test CA for business certificates; test issuers of Buypass carry 'Test4' (DSOP ajourhold FAQ / Maskinporten docs, as collected for issue 16)",
  },
  {
    name: "Buypass Class 3 Test4 CA G2 ST Business",
    provider: "Buypass",
    environment: "test",
    source: "Buypass's G2 test CA for business certificates (the 'Test4' naming of Buypass's test issuers, as collected for issue 16)",
  },
  {
    name: "Buypass Class 3 CA 2",
    provider: "Buypass",
    environment: "production",
    source: "crt.sh / Mozilla CCADB intermediate 'Buypass Class 3 CA 2' (sha256 ebdbb394…)",
  },
  {
    name: "Buypass Class 3 CA 3",
    provider: "Buypass",
    environment: "production",
    source: "Buypass's production CA for business certificates (Buypass CA list; successor of Class 3 CA 2)",
  },
  {
    name: "Buypass Class 3 CA G2 ST Business",
    provider: "Buypass",
    environment: "production",
    source: "Buypass's G2 production CA for business certificates (Buypass CA list)",
  },
];

/** The facts read from an uploaded certificate; what Ajour stores besides the PEM. */
export interface TCertificateFacts {
  /** SHA-256 fingerprint, hex pairs separated by colons */
  fingerprint: string;
  subject: string;
  issuer: string;
  /** the issuer's common name (CN) */
  issuerName: string | null;
  orgnr: string | null;
  /** where the org number was found */
  orgnrSource: "organizationIdentifier" | "serialNumber" | "commonName" | null;
  validFrom: string;
  validTo: string;
}

/** One "key=value" per line, as node:crypto's X509Certificate writes subject and issuer. */
export function nameAttributes(name: string): [string, string][] {
  return name
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const i = line.indexOf("=");
      return [line.slice(0, i), line.slice(i + 1)] as [string, string];
    });
}

const attr = (attrs: [string, string][], ...keys: string[]) => attrs.find(([k]) => keys.includes(k))?.[1];

/**
 * The org number in a subject, in the order public parsers use (digipost's Java library):
 * SEID 2 organizationIdentifier `NTRNO-<orgnr>` (OID 2.5.4.97), then a CN that starts with the
 * number (very old certificates), then SEID 1 serialNumber (OID 2.5.4.5).
 */
export function orgnrFromSubject(subject: string): { orgnr: string | null; source: TCertificateFacts["orgnrSource"] } {
  const attrs = nameAttributes(subject);
  const oi = attr(attrs, "organizationIdentifier", "2.5.4.97")?.match(/^(?:NTRNO-)?(\d{9})$/);
  if (oi) return { orgnr: oi[1], source: "organizationIdentifier" };
  const cn = attr(attrs, "CN")?.match(/^(\d{9})(?!\d)/);
  if (cn) return { orgnr: cn[1], source: "commonName" };
  const sn = attr(attrs, "serialNumber", "2.5.4.5")?.match(/^(\d{9})$/);
  if (sn) return { orgnr: sn[1], source: "serialNumber" };
  return { orgnr: null, source: null };
}

export function issuerCommonName(issuer: string): string | null {
  return attr(nameAttributes(issuer), "CN") ?? null;
}

export function knownIssuer(issuerName: string | null) {
  return KNOWN_ISSUERS.find((k) => k.name === issuerName?.trim()) ?? null;
}

export type TCheckResult = "ok" | "failed" | "unknown";

export interface TCertificateChecks {
  provider: TCertProvider | null;
  environment: TCertEnvironment | null;
  orgnr: TCheckResult;
  /** the org number belongs to the supplier (allowed where the institution has one) */
  orgnrIsSupplier: boolean;
  environmentMatches: TCheckResult;
  notExpired: TCheckResult;
  expiresOn: string;
  /** provider and environment are known, the org number and environment match: it fills an A-2 row */
  fillsEvidence: boolean;
}

export function checkCertificate(
  facts: TCertificateFacts,
  ctx: { orgnr: string; supplierOrgnr: string | null; claimedEnvironment: TCertEnvironment; now: Date },
): TCertificateChecks {
  const issuer = knownIssuer(facts.issuerName);
  const orgnrIsSupplier = !!ctx.supplierOrgnr && facts.orgnr === ctx.supplierOrgnr;
  const orgnr: TCheckResult = facts.orgnr === null ? "unknown" : facts.orgnr === ctx.orgnr || orgnrIsSupplier ? "ok" : "failed";
  const environmentMatches: TCheckResult = !issuer ? "unknown" : issuer.environment === ctx.claimedEnvironment ? "ok" : "failed";
  const notExpired: TCheckResult = new Date(facts.validTo).getTime() > ctx.now.getTime() ? "ok" : "failed";
  return {
    provider: issuer?.provider ?? null,
    environment: issuer?.environment ?? null,
    orgnr,
    orgnrIsSupplier,
    environmentMatches,
    notExpired,
    expiresOn: facts.validTo.slice(0, 10),
    fillsEvidence: orgnr === "ok" && environmentMatches === "ok",
  };
}

/**
 * The A-2 certificate rows after a checked certificate: it updates the row of its environment and
 * provider (or the first row of its environment still without provider or expiry), else adds one.
 */
export function fillCertificateRow(rows: TCertificateDraft[], checks: TCertificateChecks): TCertificateDraft[] {
  if (!checks.fillsEvidence || !checks.environment || !checks.provider) return rows;
  const row = { environment: checks.environment, provider: checks.provider, expiresOn: checks.expiresOn };
  let i = rows.findIndex((r) => r.environment === row.environment && r.provider === row.provider);
  if (i < 0) i = rows.findIndex((r) => (!r.environment || r.environment === row.environment) && (!r.provider || !r.expiresOn));
  if (i < 0) return [...rows, row];
  return rows.map((r, j) => (j === i ? { ...r, ...row } : r));
}
