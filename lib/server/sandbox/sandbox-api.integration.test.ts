import fs from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { avtaleforholdGyldighet, virkningsperiodeGyldighet, XML_NS, type PairInput } from "../../rules";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { createHandlers, type SandboxHandlers } from "./create-handlers";
import { revokeSandboxToken } from "./manage-tokens";
import { API, apiRequest, BASE, query, sandboxInstitution } from "./test-helpers";

const kinds = await testDatabaseKinds();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const OP = "974760673"; // a valid employer org number
const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === "maaned" });

interface ApiVector {
  name: string; method: string; rettighetspakke: string; endpoint?: string; accept?: string;
  body?: unknown; query?: Record<string, string>; expectStatus: number; expectKode: string;
}
const vectors = (JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../../rules/__tests__/fixtures/vectors.json"), "utf8")) as {
  apiValidationVectors: ApiVector[];
}).apiValidationVectors;

// The four documented examples (agreement-rules.md) as PUT months + POSTed agreements.
const EXAMPLES: Record<string, PairInput> = {
  "1 two agreements": {
    employerMonths: ["2022-03", "2022-04", "2022-05", "2022-09", "2022-10"],
    agreements: [{ avtalereferanse: "a", fraOgMed: "2022-03", tilOgMed: "2022-05" }, { avtalereferanse: "b", fraOgMed: "2022-09" }],
  },
  "2 employer hole": { employerMonths: ["2022-03", "2022-11"], agreements: [{ avtalereferanse: "a", fraOgMed: "2022-03", tilOgMed: "2022-11" }] },
  "3 employer stops": { employerMonths: ["2022-03"], agreements: [{ avtalereferanse: "a", fraOgMed: "2022-03", tilOgMed: "2022-11" }] },
  "4 employer wider": {
    employerMonths: ["2022-02", "2022-03", "2022-04", "2022-05", "2022-06", "2022-07", "2022-08"],
    agreements: [{ avtalereferanse: "a", fraOgMed: "2022-03", tilOgMed: "2022-05" }],
  },
};

describe.each(kinds)("sandbox API on %s", (kind) => {
  let t: TestDatabase;
  let h: SandboxHandlers;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    h = createHandlers(t.prisma);
  });
  afterAll(async () => t?.close());

  const otp = { rettighetspakke: "otp" };
  const nav = { rettighetspakke: "nav" };
  const agreementUrl = `${API}/otp/avtaleforhold`;
  const gyldighetUrl = (pakke: string, kind: "af" | "vp", q: Record<string, string>) =>
    `${API}/${pakke}/avtaleforhold/${kind === "vp" ? "virkningsperiode/" : ""}gyldighet?${query(q)}`;
  const get = (kind: "af" | "vp", req: Request, pakke = nav) =>
    kind === "af" ? h.getAvtaleforholdGyldighet(req, pakke) : h.getVirkningsperiodeGyldighet(req, pakke);

  async function expectError(res: Response, status: number, kode: string) {
    expect(res.status).toBe(status);
    const id = res.headers.get("Korrelasjonsid");
    expect(id).toMatch(UUID);
    const text = await res.text();
    if (res.headers.get("content-type")?.startsWith("application/xml")) {
      const doc = xml.parse(text);
      expect(doc.feil["@_xmlns"]).toBe(XML_NS.feil);
      expect(doc.feil).toMatchObject({ kode, korrelasjonsid: id });
      expect(doc.feil.melding).toBeTruthy();
      return doc.feil as { kode: string; melding: string };
    }
    const body = JSON.parse(text);
    expect(body).toEqual({ kode, melding: expect.any(String), korrelasjonsid: id });
    return body as { kode: string; melding: string };
  }

  it("answers every apiValidationVector with its status and kode", async () => {
    const { institution, token } = await sandboxInstitution(t.prisma);
    expect(institution.orgnr).not.toBe("123456789");
    for (const v of vectors) {
      const pakke = { rettighetspakke: v.rettighetspakke };
      let res: Response;
      if (v.method === "GET") {
        const url = `${API}/${v.rettighetspakke}/${v.endpoint}?${query(v.query ?? {})}`;
        const req = apiRequest("GET", url, { token, accept: v.accept });
        res = v.endpoint === "avtaleforhold/gyldighet" ? await h.getAvtaleforholdGyldighet(req, pakke) : await h.getVirkningsperiodeGyldighet(req, pakke);
      } else {
        const req = apiRequest(v.method, `${API}/${v.rettighetspakke}/avtaleforhold`, { token, accept: v.accept, body: v.body });
        res = v.method === "POST" ? await h.postAvtaleforhold(req, pakke) : await h.deleteAvtaleforhold(req, pakke);
      }
      expect({ name: v.name, status: res.status }).toEqual({ name: v.name, status: v.expectStatus });
      expect((await res.json()).kode, v.name).toBe(v.expectKode);
    }
  });

  it("answers 400 OTP-006 for an avtalereferanse with NUL, a lone surrogate or a control character, and stores nothing", async () => {
    const { institution, token } = await sandboxInstitution(t.prisma);
    const before = await t.prisma.auditEvent.count();
    // the JSON texts as a client sends them: escaped (\u0000, \ud800) and raw
    const refs = ["\\u0000", "a\\u0000b", "\\ud800", "x\\udc00", "\\u001b[31m"];
    for (const ref of refs) {
      const rawBody = `{"avtalereferanse":"${ref}","fraOgMed":"2022-01","opplysningspliktig":{"norskIdentifikator":"${OP}"}}`;
      for (const [method, call] of [["POST", h.postAvtaleforhold], ["DELETE", h.deleteAvtaleforhold]] as const) {
        const body = method === "DELETE" ? rawBody.replace(',"fraOgMed":"2022-01"', "") : rawBody;
        const res = await call(apiRequest(method, agreementUrl, { token, rawBody: body, headers: { "Content-Type": "application/json" } }), otp);
        const error = await expectError(res, 400, "OTP-006");
        expect(error.melding).toContain("avtalereferanse");
      }
    }
    expect(await t.prisma.sandboxAgreement.count({ where: { institutionId: institution.id } })).toBe(0);
    expect(await t.prisma.auditEvent.count()).toBe(before);
  });

  it.each(Object.entries(EXAMPLES))("example %s end to end: PUT months, POST agreements, GET equals lib/rules (JSON and XML)", async (_name, input) => {
    const { institution, token } = await sandboxInstitution(t.prisma);
    const put = await h.putEmployerMonths(apiRequest("PUT", `${BASE}/opplysningspliktig/${OP}/maaneder`, { token, body: { maaneder: input.employerMonths } }), { orgnr: OP });
    expect(put.status).toBe(204);
    for (const a of input.agreements) {
      const res = await h.postAvtaleforhold(apiRequest("POST", agreementUrl, { token, body: { ...a, opplysningspliktig: { norskIdentifikator: OP } } }), otp);
      expect(res.status).toBe(201);
      expect(await res.text()).toBe("");
    }
    const q = { opplysningspliktig: OP, pensjonsinnretning: institution.orgnr, fraOgMed: "2020-01", tilOgMed: "2023-06" };
    for (const [k, expected] of [["af", avtaleforholdGyldighet(input, q.fraOgMed, q.tilOgMed)], ["vp", virkningsperiodeGyldighet(input, q.fraOgMed, q.tilOgMed)]] as const) {
      const res = await get(k, apiRequest("GET", gyldighetUrl("nav", k, q), { token }));
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(res.headers.get("Korrelasjonsid")).toMatch(UUID);
      expect(await res.json()).toEqual(expected);
      const resXml = await get(k, apiRequest("GET", gyldighetUrl("nav", k, q), { token, accept: "application/xml" }));
      expect(resXml.headers.get("content-type")).toMatch(/^application\/xml/);
      const doc = xml.parse(await resXml.text());
      const root = k === "af" ? doc.avtaleforholdGyldighet : doc.virkningsperiodeGyldighet;
      const list = k === "af" ? "maanederUtenGyldigAvtaleforhold" : "maanederUtenforGyldigVirkningsperiode";
      expect(root["@_xmlns"]).toBe(k === "af" ? XML_NS.avtaleforholdGyldighet : XML_NS.virkningsperiodeGyldighet);
      expect(root.gyldig).toBe(String(expected.gyldig));
      expect(root[list]?.maaned ?? []).toEqual((expected as unknown as Record<string, { maaned: string[] } | undefined>)[list]?.maaned ?? []);
    }
    // the documented sets: inside them the answer is gyldig
    const inside = { ...q, fraOgMed: "2020-12", tilOgMed: "2022-04" };
    expect(await (await get("vp", apiRequest("GET", gyldighetUrl("nav", "vp", inside), { token }))).json()).toEqual({ gyldig: true });
  });

  it("POST creates (201) then replaces (200); DELETE answers 204 then 404 OTP-007; gyldighet follows", async () => {
    const { institution, token } = await sandboxInstitution(t.prisma);
    await h.putEmployerMonths(apiRequest("PUT", `${BASE}/opplysningspliktig/${OP}/maaneder`, { token, body: { maaneder: ["2022-01", "2022-02", "2022-03"] } }), { orgnr: OP });
    const q = { opplysningspliktig: OP, pensjonsinnretning: institution.orgnr, fraOgMed: "2022-01", tilOgMed: "2022-03" };
    const af = async () => (await h.getAvtaleforholdGyldighet(apiRequest("GET", gyldighetUrl("nav", "af", q), { token }), nav)).json();
    expect(await af()).toEqual({ gyldig: false, maanederUtenGyldigAvtaleforhold: { maaned: ["2022-01", "2022-02", "2022-03"] } });
    const ref = "r".repeat(4000); // the longest reference: the key is its hash
    const post = (body: object) => h.postAvtaleforhold(apiRequest("POST", agreementUrl, { token, body: { avtalereferanse: ref, opplysningspliktig: { norskIdentifikator: OP }, ...body } }), otp);
    expect((await post({ fraOgMed: "2022-02", tilOgMed: "2022-02" })).status).toBe(201);
    expect(await af()).toEqual({ gyldig: false, maanederUtenGyldigAvtaleforhold: { maaned: ["2022-01", "2022-03"] } });
    const replaced = await post({ fraOgMed: "2019-01" });
    expect(replaced.status).toBe(200);
    expect(replaced.headers.get("Korrelasjonsid")).toMatch(UUID);
    expect(await af()).toEqual({ gyldig: true });
    expect(await t.prisma.sandboxAgreement.count({ where: { institutionId: institution.id } })).toBe(1);
    const del = () => h.deleteAvtaleforhold(apiRequest("DELETE", agreementUrl, { token, body: { avtalereferanse: ref, opplysningspliktig: { norskIdentifikator: OP } } }), otp);
    expect((await del()).status).toBe(204);
    await expectError(await del(), 404, "OTP-007");
    expect((await af()).gyldig).toBe(false);
  });

  it("keeps each institution's data apart, and refuses a pensjonsinnretning that is not the token's (403 OTP-005)", async () => {
    const a = await sandboxInstitution(t.prisma);
    const b = await sandboxInstitution(t.prisma);
    await h.putEmployerMonths(apiRequest("PUT", `${BASE}/opplysningspliktig/${OP}/maaneder`, { token: a.token, body: { maaneder: ["2022-01"] } }), { orgnr: OP });
    await h.postAvtaleforhold(apiRequest("POST", agreementUrl, { token: a.token, body: { avtalereferanse: "x", fraOgMed: "2022-01", opplysningspliktig: { norskIdentifikator: OP } } }), otp);
    const q = (orgnr: string) => ({ opplysningspliktig: OP, pensjonsinnretning: orgnr, fraOgMed: "2022-01", tilOgMed: "2022-01" });
    expect(await (await get("af", apiRequest("GET", gyldighetUrl("nav", "af", q(a.institution.orgnr)), { token: a.token }))).json()).toEqual({ gyldig: true });
    expect(await (await get("af", apiRequest("GET", gyldighetUrl("nav", "af", q(b.institution.orgnr)), { token: b.token }))).json()).toEqual({ gyldig: false, maanederUtenGyldigAvtaleforhold: { maaned: ["2022-01"] } });
    await expectError(await get("af", apiRequest("GET", gyldighetUrl("nav", "af", q(a.institution.orgnr)), { token: b.token })), 403, "OTP-005");
    await expectError(await get("vp", apiRequest("GET", gyldighetUrl("nav", "vp", q(a.institution.orgnr)), { token: b.token, accept: "application/xml" })), 403, "OTP-005");
    // b cannot delete a's agreement
    await expectError(await h.deleteAvtaleforhold(apiRequest("DELETE", agreementUrl, { token: b.token, body: { avtalereferanse: "x", opplysningspliktig: { norskIdentifikator: OP } } }), otp), 404, "OTP-007");
  });

  it("answers every error code in JSON and in XML per Accept", async () => {
    const { institution, token, tokenId, user } = await sandboxInstitution(t.prisma);
    const q = { opplysningspliktig: OP, pensjonsinnretning: institution.orgnr, fraOgMed: "2022-01", tilOgMed: "2022-02" };
    for (const accept of ["application/json", "application/xml"]) {
      // OTP-003: unknown rettighetspakke, unknown URL
      await expectError(await get("af", apiRequest("GET", gyldighetUrl("xyz", "af", q), { token, accept }), { rettighetspakke: "xyz" }), 404, "OTP-003");
      await expectError(h.unknown(apiRequest("GET", `${BASE}/finnes/ikke`, { accept })), 404, "OTP-003");
      // OTP-004: missing, malformed, unknown token
      await expectError(await get("af", apiRequest("GET", gyldighetUrl("nav", "af", q), { accept })), 401, "OTP-004");
      await expectError(await get("af", apiRequest("GET", gyldighetUrl("nav", "af", q), { accept, headers: { Authorization: `Basic ${token}` } })), 401, "OTP-004");
      await expectError(await get("af", apiRequest("GET", gyldighetUrl("nav", "af", q), { token: "feil-token", accept })), 401, "OTP-004");
      // OTP-005: wrong package either way
      await expectError(await get("vp", apiRequest("GET", gyldighetUrl("otp", "vp", q), { token, accept }), otp), 403, "OTP-005");
      await expectError(await h.deleteAvtaleforhold(apiRequest("DELETE", `${API}/nav/avtaleforhold`, { token, accept, body: {} }), nav), 403, "OTP-005");
      // OTP-006: query, JSON, path orgnr, months body
      const bad = await expectError(await get("vp", apiRequest("GET", gyldighetUrl("nav", "vp", { ...q, fraOgMed: "2022-13" }), { token, accept })), 400, "OTP-006");
      expect(bad.melding).toContain("fraOgMed");
      await expectError(await get("af", apiRequest("GET", gyldighetUrl("nav", "af", { ...q, ekstra: "1" }), { token, accept })), 400, "OTP-006");
      await expectError(await h.postAvtaleforhold(apiRequest("POST", agreementUrl, { token, accept, rawBody: "{ikke json" }), otp), 400, "OTP-006");
      await expectError(await h.postAvtaleforhold(apiRequest("POST", agreementUrl, { token, accept }), otp), 400, "OTP-006");
      await expectError(await h.putEmployerMonths(apiRequest("PUT", `${BASE}/opplysningspliktig/123456789/maaneder`, { token, accept, body: { maaneder: [] } }), { orgnr: "123456789" }), 400, "OTP-006");
      await expectError(await h.putEmployerMonths(apiRequest("PUT", `${BASE}/opplysningspliktig/${OP}/maaneder`, { token, accept, body: { maaneder: ["2022-1"] } }), { orgnr: OP }), 400, "OTP-006");
      await expectError(await h.putEmployerMonths(apiRequest("PUT", `${BASE}/opplysningspliktig/${OP}/maaneder`, { token, accept, body: { months: [] } }), { orgnr: OP }), 400, "OTP-006");
      // OTP-007
      await expectError(await h.deleteAvtaleforhold(apiRequest("DELETE", agreementUrl, { token, accept, body: { avtalereferanse: "nei", opplysningspliktig: { norskIdentifikator: OP } } }), otp), 404, "OTP-007");
    }
    // OTP-008: the error itself falls back to JSON
    for (const accept of ["text/plain", "text/html", "application/xml;q=0"]) {
      const res = await get("af", apiRequest("GET", gyldighetUrl("nav", "af", q), { token, accept }));
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      await expectError(res, 406, "OTP-008");
    }
    // a revoked token is refused like an unknown one
    await revokeSandboxToken({ db: t.prisma, actor: user, institutionId: institution.id, tokenId });
    await expectError(await get("af", apiRequest("GET", gyldighetUrl("nav", "af", q), { token })), 401, "OTP-004");
  });

  it("refuses bodies over 64 kB with 413, by Content-Length and by the bytes actually read", async () => {
    const { token } = await sandboxInstitution(t.prisma);
    const big = JSON.stringify({ avtalereferanse: "x".repeat(70_000), fraOgMed: "2022-01", opplysningspliktig: { norskIdentifikator: OP } });
    const declared = await h.postAvtaleforhold(apiRequest("POST", agreementUrl, { token, rawBody: big, headers: { "Content-Length": String(big.length) } }), otp);
    await expectError(declared, 413, "PAYLOAD_TOO_LARGE");
    const stream = new ReadableStream<Uint8Array>({
      start(c) { c.enqueue(new TextEncoder().encode(big)); c.close(); },
    });
    const streamed = new Request(agreementUrl, { method: "POST", headers: { Authorization: `Bearer ${token}`, Accept: "application/xml" }, body: stream, duplex: "half" } as RequestInit);
    await expectError(await h.postAvtaleforhold(streamed, otp), 413, "PAYLOAD_TOO_LARGE");
  });

  it("limits requests per token: 429 RATE_LIMITED with Retry-After, other tokens unaffected", async () => {
    const limited = createHandlers(t.prisma, { rateLimit: { points: 2, duration: 60 } });
    const a = await sandboxInstitution(t.prisma);
    const b = await sandboxInstitution(t.prisma);
    const call = (token: string, orgnr: string) => limited.getAvtaleforholdGyldighet(apiRequest("GET", gyldighetUrl("nav", "af", { opplysningspliktig: OP, pensjonsinnretning: orgnr, fraOgMed: "2022-01", tilOgMed: "2022-01" }), { token }), nav);
    expect((await call(a.token, a.institution.orgnr)).status).toBe(200);
    expect((await call(a.token, a.institution.orgnr)).status).toBe(200);
    const res = await call(a.token, a.institution.orgnr);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    const body = await expectError(res, 429, "RATE_LIMITED");
    expect(body.melding).toMatch(/^For mange forespørsler\. Prøv igjen om \d+ sekunder\.$/);
    expect((await call(b.token, b.institution.orgnr)).status).toBe(200);
  });

  it("records lastUsedAt on use, at most once a minute", async () => {
    const { institution, token, tokenId } = await sandboxInstitution(t.prisma);
    expect((await t.prisma.sandboxToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt).toBeNull();
    const q = { opplysningspliktig: OP, pensjonsinnretning: institution.orgnr, fraOgMed: "2022-01", tilOgMed: "2022-01" };
    await get("af", apiRequest("GET", gyldighetUrl("nav", "af", q), { token }));
    const first = (await t.prisma.sandboxToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await get("af", apiRequest("GET", gyldighetUrl("nav", "af", q), { token }));
    expect((await t.prisma.sandboxToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt).toEqual(first);
  });
});
