import { describe, expect, it } from "vitest";
import { checkCertificate, fillCertificateRow, knownIssuer, orgnrFromSubject, type TCertificateFacts } from "./certificate";

const facts = (o: Partial<TCertificateFacts> = {}): TCertificateFacts => ({
  fingerprint: "AA:BB",
  subject: "C=NO\nO=TEST\norganizationIdentifier=NTRNO-912719103\nCN=TEST",
  issuer: "C=NO\nCN=Buypass Class 3 Test4 CA 3",
  issuerName: "Buypass Class 3 Test4 CA 3",
  orgnr: "912719103",
  orgnrSource: "organizationIdentifier",
  validFrom: "2026-01-01T00:00:00.000Z",
  validTo: "2028-01-01T00:00:00.000Z",
  ...o,
});
const ctx = { orgnr: "912719103", supplierOrgnr: null, claimedEnvironment: "test" as const, now: new Date("2026-11-30T12:00:00Z") };

describe("org number in the subject", () => {
  it("reads SEID 2 organizationIdentifier, an old CN, and SEID 1 serialNumber, in that order", () => {
    expect(orgnrFromSubject("C=NO\norganizationIdentifier=NTRNO-912719103\nserialNumber=974760673\nCN=X")).toEqual({ orgnr: "912719103", source: "organizationIdentifier" });
    expect(orgnrFromSubject("C=NO\nCN=974760673 ACME")).toEqual({ orgnr: "974760673", source: "commonName" });
    expect(orgnrFromSubject("C=NO\nserialNumber=974760673\nCN=ACME")).toEqual({ orgnr: "974760673", source: "serialNumber" });
    expect(orgnrFromSubject("C=NO\nserialNumber=UN:NO-123\nCN=ACME")).toEqual({ orgnr: null, source: null });
  });
});

describe("issuers", () => {
  it("knows the listed names and nothing else", () => {
    expect(knownIssuer("Commfides CPN Enterprise-Norwegian SHA256 CA - TEST2")).toMatchObject({ provider: "Commfides", environment: "test" });
    expect(knownIssuer("Buypass Class 3 CA 3")).toMatchObject({ provider: "Buypass", environment: "production" });
    expect(knownIssuer("Buypass Class 3 CA 3 TEST LOOKALIKE")).toBeNull();
    expect(knownIssuer(null)).toBeNull();
  });
});

describe("checkCertificate", () => {
  it("passes the institution's test certificate and fills a row", () => {
    expect(checkCertificate(facts(), ctx)).toMatchObject({ provider: "Buypass", environment: "test", orgnr: "ok", environmentMatches: "ok", notExpired: "ok", expiresOn: "2028-01-01", fillsEvidence: true });
  });
  it("flags a wrong org number, but accepts the supplier's", () => {
    expect(checkCertificate(facts({ orgnr: "974760673" }), ctx)).toMatchObject({ orgnr: "failed", fillsEvidence: false });
    expect(checkCertificate(facts({ orgnr: "974760673" }), { ...ctx, supplierOrgnr: "974760673" })).toMatchObject({ orgnr: "ok", orgnrIsSupplier: true, fillsEvidence: true });
  });
  it("flags a production certificate claimed as test, and reports an unknown issuer as unknown", () => {
    expect(checkCertificate(facts({ issuerName: "Buypass Class 3 CA 3" }), ctx)).toMatchObject({ environment: "production", environmentMatches: "failed", fillsEvidence: false });
    expect(checkCertificate(facts({ issuerName: "Acme CA" }), ctx)).toMatchObject({ provider: null, environment: null, environmentMatches: "unknown", fillsEvidence: false });
  });
  it("flags an expired certificate", () => {
    expect(checkCertificate(facts({ validTo: "2026-11-01T00:00:00.000Z" }), ctx)).toMatchObject({ notExpired: "failed" });
  });
});

describe("fillCertificateRow", () => {
  const checks = checkCertificate(facts(), ctx);
  it("updates the row of the same environment and provider", () => {
    const rows = [{ environment: "production" as const, provider: "Buypass" as const, expiresOn: "2027-01-01" }, { environment: "test" as const, provider: "Buypass" as const, expiresOn: "2026-12-01", reused: true }];
    expect(fillCertificateRow(rows, checks)).toEqual([rows[0], { environment: "test", provider: "Buypass", expiresOn: "2028-01-01", reused: true }]);
  });
  it("fills an unfinished row of its environment, else adds one", () => {
    expect(fillCertificateRow([{ environment: "test" }], checks)).toEqual([{ environment: "test", provider: "Buypass", expiresOn: "2028-01-01" }]);
    expect(fillCertificateRow([], checks)).toEqual([{ environment: "test", provider: "Buypass", expiresOn: "2028-01-01" }]);
  });
  it("leaves the rows alone for a certificate that failed", () => {
    expect(fillCertificateRow([], checkCertificate(facts({ orgnr: "974760673" }), ctx))).toEqual([]);
  });
});
