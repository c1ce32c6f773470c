import { describe, expect, it } from "vitest";
import { checkTokenClaims, claimsFromPayload, MASKINPORTEN_ISSUERS, REQUIRED_SCOPES } from "./maskinporten-token";

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
