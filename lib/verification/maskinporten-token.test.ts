import { describe, expect, it } from "vitest";
import { checkTokenClaims, claimsFromPayload, evidenceFromToken, MASKINPORTEN_ISSUERS, REQUIRED_SCOPES } from "./maskinporten-token";

const payload = (o: Record<string, unknown> = {}) => ({
  iss: MASKINPORTEN_ISSUERS.test,
  scope: REQUIRED_SCOPES["C-2"].join(" "),
  consumer: { authority: "iso6523-actorid-upis", ID: "0192:912719103" },
  client_id: "abc-123",
  exp: 1_800_000_000,
  ...o,
});
const ctx = { stepKey: "C-2" as const, orgnr: "912719103", supplierOrgnr: null, signature: "not-checked" as const, signatureNote: "not-configured" as const };

describe("Maskinporten token claims", () => {
  it("reads consumer, supplier, scopes, client id and expiry", () => {
    expect(claimsFromPayload(payload({ supplier: { authority: "iso6523-actorid-upis", ID: "0192:974760673" } }))).toEqual({
      iss: "https://test.maskinporten.no/", scopes: [...REQUIRED_SCOPES["C-2"]], consumer: "912719103", supplier: "974760673", clientId: "abc-123", exp: "2027-01-15T08:00:00.000Z",
    });
  });
  it("passes a complete test token and names missing scopes", () => {
    expect(checkTokenClaims(claimsFromPayload(payload()), ctx)).toMatchObject({ environment: "test", missingScopes: [], consumerIsInstitution: true, supplierIsInstitutionsSupplier: null, passed: true });
    const partial = checkTokenClaims(claimsFromPayload(payload({ scope: "skatteetaten:inntekt" })), ctx);
    expect(partial).toMatchObject({ passed: false, missingScopes: ["skatteetaten:inntektsmottakere", "skatteetaten:tjenestepensjonsavtale", "nav:aareg/v1/arbeidsforhold/otp"] });
    expect(checkTokenClaims(claimsFromPayload(payload({ scope: "" })), { ...ctx, stepKey: "B-3" })).toMatchObject({ passed: true });
  });
  it("fails another consumer, a missing supplier, an invalid signature and an unknown issuer", () => {
    expect(checkTokenClaims(claimsFromPayload(payload({ consumer: { ID: "0192:974760673" } })), ctx)).toMatchObject({ consumerIsInstitution: false, passed: false });
    expect(checkTokenClaims(claimsFromPayload(payload()), { ...ctx, supplierOrgnr: "974760673" })).toMatchObject({ supplierIsInstitutionsSupplier: false, passed: false });
    expect(checkTokenClaims(claimsFromPayload(payload()), { ...ctx, signature: "invalid", signatureNote: null })).toMatchObject({ passed: false });
    expect(checkTokenClaims(claimsFromPayload(payload({ iss: "https://example.org/" })), ctx)).toMatchObject({ environment: "unknown", passed: false });
  });
});

describe("evidence from an accepted token", () => {
  const claims = claimsFromPayload(payload({ scope: "skatteetaten:inntekt nav:aareg/v1/arbeidsforhold/otp openid" }));
  const checks = checkTokenClaims(claims, ctx);
  it("adds the service's scopes the token carries to those recorded on C-2, in the guide's order", () => {
    expect(evidenceFromToken("C-2", { scopes: ["skatteetaten:tjenestepensjonsavtale"], note: "x" }, { claims, checks, issuedOn: "2026-12-01" })).toEqual({
      scopes: ["skatteetaten:inntekt", "skatteetaten:tjenestepensjonsavtale", "nav:aareg/v1/arbeidsforhold/otp"],
      note: "x",
    });
    expect(evidenceFromToken("C-2", { scopes: ["skatteetaten:inntekt", "nav:aareg/v1/arbeidsforhold/otp"] }, { claims, checks, issuedOn: null })).toBeNull();
  });
  it("records on B-3 who runs the client and, when not recorded, the day of the token", () => {
    const own = checkTokenClaims(claims, { ...ctx, stepKey: "B-3" });
    expect(evidenceFromToken("B-3", {}, { claims, checks: own, issuedOn: "2026-12-01" })).toEqual({ performedBy: "institution", doneOn: "2026-12-01" });
    expect(evidenceFromToken("B-3", { doneOn: "2026-11-20" }, { claims, checks: own, issuedOn: "2026-12-01" })).toEqual({ performedBy: "institution", doneOn: "2026-11-20" });
    const viaSupplier = claimsFromPayload(payload({ supplier: { ID: "0192:974760673" } }));
    const supplierChecks = checkTokenClaims(viaSupplier, { ...ctx, stepKey: "B-3", supplierOrgnr: "974760673" });
    expect(evidenceFromToken("B-3", {}, { claims: viaSupplier, checks: supplierChecks, issuedOn: null })).toEqual({ performedBy: "supplier" });
  });
  it("takes nothing from a token of another consumer, with an invalid signature or not from test", () => {
    const stranger = claimsFromPayload(payload({ consumer: { ID: "0192:974760673" } }));
    expect(evidenceFromToken("C-2", {}, { claims: stranger, checks: checkTokenClaims(stranger, ctx), issuedOn: null })).toBeNull();
    expect(evidenceFromToken("C-2", {}, { claims, checks: checkTokenClaims(claims, { ...ctx, signature: "invalid", signatureNote: null }), issuedOn: null })).toBeNull();
    const unknown = claimsFromPayload(payload({ iss: "https://example.org/" }));
    expect(evidenceFromToken("C-2", {}, { claims: unknown, checks: checkTokenClaims(unknown, ctx), issuedOn: null })).toBeNull();
  });
});
