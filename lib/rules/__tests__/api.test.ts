import { describe, expect, it } from "vitest";
import {
  OTP_ERRORS, ZAgreementSchema, ZAvtaleforholdDeleteSchema, ZAvtaleforholdPostSchema, ZGyldighetQuerySchema, ZPairInputSchema,
  checkRettighetspakke, negotiateFormat, newKorrelasjonsid, otpError, parseOrOtp006, validationError,
} from "../index";

const op = { norskIdentifikator: "999999999" };
const melding = (schema: Parameters<typeof parseOrOtp006>[0], data: unknown) => {
  const r = parseOrOtp006(schema, data);
  if (r.ok) throw new Error("expected a validation failure");
  expect(r.error.status).toBe(400);
  expect(r.error.body.kode).toBe("OTP-006");
  return r.error.body.melding;
};

describe("schemas → 400 OTP-006 with a Norwegian message naming the field", () => {
  it("POST body", () => {
    expect(parseOrOtp006(ZAvtaleforholdPostSchema, { avtalereferanse: "x", fraOgMed: "2019-05", opplysningspliktig: op }).ok).toBe(true);
    expect(parseOrOtp006(ZAvtaleforholdPostSchema, { avtalereferanse: "x".repeat(4000), fraOgMed: "2022-05", tilOgMed: "2022-05", opplysningspliktig: op }).ok).toBe(true);
    expect(melding(ZAvtaleforholdPostSchema, { avtalereferanse: "x", fraOgMed: "2022-13", opplysningspliktig: op }))
      .toBe("Ugyldig verdi i feltet fraOgMed: måned må være på formen ÅÅÅÅ-MM med måned 01–12");
    expect(melding(ZAvtaleforholdPostSchema, { avtalereferanse: "x", opplysningspliktig: op })).toBe("Mangler påkrevd felt fraOgMed");
    expect(melding(ZAvtaleforholdPostSchema, { avtalereferanse: "x", fraOgMed: "2022-01", foo: 1, opplysningspliktig: op })).toMatch(/Ukjent felt foo/);
    expect(melding(ZAvtaleforholdPostSchema, { avtalereferanse: "x", fraOgMed: "2022-05", tilOgMed: "2022-04", opplysningspliktig: op })).toMatch(/feltet tilOgMed/);
    expect(melding(ZAvtaleforholdPostSchema, { avtalereferanse: "", fraOgMed: "2022-05", opplysningspliktig: op })).toMatch(/feltet avtalereferanse/);
    expect(melding(ZAvtaleforholdPostSchema, { avtalereferanse: "x", fraOgMed: "2022-05", opplysningspliktig: { norskIdentifikator: "999999998" } }))
      .toMatch(/feltet opplysningspliktig\.norskIdentifikator/);
    expect(melding(ZAvtaleforholdPostSchema, { avtalereferanse: "x", fraOgMed: "2022-05", opplysningspliktig: { ...op, extra: 1 } })).toMatch(/Ukjent felt extra i opplysningspliktig/);
    expect(melding(ZAvtaleforholdPostSchema, "not an object")).toMatch(/JSON-objekt/);
  });

  it("DELETE body", () => {
    expect(parseOrOtp006(ZAvtaleforholdDeleteSchema, { avtalereferanse: "x", opplysningspliktig: op }).ok).toBe(true);
    expect(melding(ZAvtaleforholdDeleteSchema, { avtalereferanse: "x", fraOgMed: "2022-01", opplysningspliktig: op })).toMatch(/Ukjent felt fraOgMed/);
    expect(melding(ZAvtaleforholdDeleteSchema, { avtalereferanse: "x" })).toBe("Mangler påkrevd felt opplysningspliktig");
  });

  it("gyldighet query: all four required, valid org numbers, fraOgMed ≤ tilOgMed", () => {
    const q = { opplysningspliktig: "974760673", pensjonsinnretning: "999999999", fraOgMed: "2022-01", tilOgMed: "2022-01" };
    expect(parseOrOtp006(ZGyldighetQuerySchema, q).ok).toBe(true);
    expect(melding(ZGyldighetQuerySchema, { ...q, fraOgMed: "2022-06" })).toBe("Ugyldig verdi i feltet fraOgMed: fraOgMed kan ikke være etter tilOgMed");
    expect(melding(ZGyldighetQuerySchema, { ...q, pensjonsinnretning: undefined })).toBe("Mangler påkrevd felt pensjonsinnretning");
    expect(melding(ZGyldighetQuerySchema, { ...q, opplysningspliktig: "12345678" })).toMatch(/feltet opplysningspliktig/);
    expect(melding(ZGyldighetQuerySchema, { ...q, x: "1" })).toMatch(/Ukjent felt x/);
  });

  it("PairInput and agreement schemas", () => {
    expect(ZPairInputSchema.safeParse({ employerMonths: ["2022-01"], agreements: [{ avtalereferanse: "a", fraOgMed: "2022-01" }] }).success).toBe(true);
    expect(ZPairInputSchema.safeParse({ employerMonths: ["2022-1"], agreements: [] }).success).toBe(false);
    expect(ZPairInputSchema.safeParse({ employerMonths: [], agreements: [], more: 1 }).success).toBe(false);
    expect(ZAgreementSchema.safeParse({ avtalereferanse: "a", fraOgMed: "2022-03", tilOgMed: "2022-02" }).success).toBe(false);
    const r = ZPairInputSchema.safeParse({ employerMonths: [], agreements: [{ avtalereferanse: "a", fraOgMed: "2022-00" }] });
    expect(r.success).toBe(false);
    if (!r.success) expect(validationError(r.error).body.melding).toMatch(/feltet agreements\.0\.fraOgMed/);
  });
});

describe("error table and HTTP-level rules", () => {
  it("has OTP-001..OTP-008 with their HTTP status", () => {
    expect(Object.fromEntries(Object.entries(OTP_ERRORS).map(([k, v]) => [k, v.status]))).toEqual({
      "OTP-001": 500, "OTP-002": 500, "OTP-003": 404, "OTP-004": 401, "OTP-005": 403, "OTP-006": 400, "OTP-007": 404, "OTP-008": 406,
    });
    for (const v of Object.values(OTP_ERRORS)) expect(v.melding.length).toBeGreaterThan(5);
  });

  it("otpError uses the default melding and sets korrelasjonsid only when given", () => {
    expect(otpError("OTP-007")).toEqual({ status: 404, body: { kode: "OTP-007", melding: OTP_ERRORS["OTP-007"].melding } });
    const id = newKorrelasjonsid();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(otpError("OTP-001", "x", id).body).toEqual({ kode: "OTP-001", melding: "x", korrelasjonsid: id });
  });

  it("checkRettighetspakke: otp creates/deletes, nav asks gyldighet", () => {
    expect(checkRettighetspakke("otp", "create")).toBeNull();
    expect(checkRettighetspakke("otp", "delete")).toBeNull();
    expect(checkRettighetspakke("nav", "avtaleforholdGyldighet")).toBeNull();
    expect(checkRettighetspakke("nav", "virkningsperiodeGyldighet")).toBeNull();
    expect(checkRettighetspakke("otp", "virkningsperiodeGyldighet")?.status).toBe(403);
    expect(checkRettighetspakke("nav", "delete")?.body.kode).toBe("OTP-005");
    expect(checkRettighetspakke("skatt", "create")?.body.kode).toBe("OTP-003");
  });

  it("negotiateFormat", () => {
    const cases: Array<[string | undefined | null, "json" | "xml" | null]> = [
      [undefined, "json"], [null, "json"], ["", "json"], ["application/json", "json"], ["application/xml", "xml"],
      ["*/*", "json"], ["application/*", "json"], ["APPLICATION/XML; charset=utf-8", "xml"],
      ["text/plain", null], ["text/html, text/plain;q=0.5", null], ["application/xml;q=0", null],
      ["application/json;q=0.5, application/xml", "xml"], ["application/xml;q=0.8, application/json;q=0.9", "json"],
      ["text/html, application/xml;q=0.9, */*;q=0.8", "xml"], ["text/plain, */*;q=0.1", "json"],
      ["application/json;q=0, application/xml;q=0.2", "xml"], ["application/xml, application/json", "xml"],
    ];
    for (const [h, want] of cases) expect(negotiateFormat(h), String(h)).toBe(want);
  });
});
