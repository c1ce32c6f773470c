import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  OTP_ERRORS, ZAvtaleforholdDeleteSchema, ZAvtaleforholdPostSchema, ZGyldighetQuerySchema,
  avtaleforhold, avtaleforholdGyldighet, checkRettighetspakke, compile, negotiateFormat, parseOrOtp006,
  virkningsperiode, virkningsperiodeGyldighet, type ApiOperation, type PairInput,
} from "../index";

// Facts from Skatteetaten's documentation, kept in the repository (fixtures/README.md).
const file = path.resolve(__dirname, "fixtures/vectors.json");
const data = JSON.parse(readFileSync(file, "utf8"));

interface Query { endpoint: "avtaleforhold" | "virkningsperiode"; fraOgMed: string; tilOgMed: string; expected: Record<string, unknown> }
interface Vector extends PairInput {
  name: string; expectedAvtaleforhold: string[]; expectedVirkningsperiode: string[]; ambiguous?: boolean;
  alternativeExpectedVirkningsperiode?: string[]; queries?: Query[];
  perAvtaleforhold?: { avtalereferanse: string; expectedAvtaleforhold: string[]; expectedVirkningsperiode: string[] }[];
}
const vectors: Vector[] = data.vectors;

describe("vectors.json: computation", () => {
  it("has the 20 vectors", () => expect(vectors.length).toBe(20));

  for (const v of vectors) {
    describe(v.name, () => {
      it("avtaleforhold and virkningsperiode", () => {
        expect(avtaleforhold(v)).toEqual(v.expectedAvtaleforhold);
        expect(virkningsperiode(v)).toEqual(v.expectedVirkningsperiode);
        const c = compile(v);
        expect(c.avtaleforhold()).toEqual(v.expectedAvtaleforhold);
        expect(c.virkningsperiode()).toEqual(v.expectedVirkningsperiode);
      });
      if (v.ambiguous) {
        it("ambiguous: follows the primary reading, not the alternative", () => {
          expect(virkningsperiode(v)).not.toEqual(v.alternativeExpectedVirkningsperiode);
        });
      }
      for (const p of v.perAvtaleforhold ?? []) {
        it(`per avtaleforhold ${p.avtalereferanse}`, () => {
          const only = { employerMonths: v.employerMonths, agreements: v.agreements.filter((a) => a.avtalereferanse === p.avtalereferanse) };
          expect(only.agreements).toHaveLength(1);
          expect(avtaleforhold(only)).toEqual(p.expectedAvtaleforhold);
          expect(virkningsperiode(only)).toEqual(p.expectedVirkningsperiode);
        });
      }
      for (const q of v.queries ?? []) {
        it(`query ${q.endpoint} ${q.fraOgMed}..${q.tilOgMed}`, () => {
          const fn = q.endpoint === "avtaleforhold" ? avtaleforholdGyldighet : virkningsperiodeGyldighet;
          const body = fn(v, q.fraOgMed, q.tilOgMed);
          expect(body).toEqual(q.expected);
          expect(Object.keys(body)).toEqual(Object.keys(q.expected)); // list key absent when gyldig
          if (body.gyldig) expect(Object.keys(body)).toEqual(["gyldig"]);
          const c = compile(v);
          const cb = q.endpoint === "avtaleforhold" ? c.avtaleforholdGyldighet(q.fraOgMed, q.tilOgMed) : c.virkningsperiodeGyldighet(q.fraOgMed, q.tilOgMed);
          expect(cb).toEqual(q.expected);
        });
      }
    });
  }
  it("covers both gyldig true and false answers among the queries", () => {
    const qs = vectors.flatMap((v) => v.queries ?? []);
    expect(qs.some((q) => q.expected.gyldig === true)).toBe(true);
    expect(qs.some((q) => q.expected.gyldig === false)).toBe(true);
  });
});

interface ApiVector {
  name: string; method: "POST" | "DELETE" | "GET"; rettighetspakke: string; endpoint?: string; accept?: string;
  body?: unknown; query?: Record<string, string>; expectStatus: number; expectKode: string;
}
const apiVectors: ApiVector[] = data.apiValidationVectors;

function operation(v: ApiVector): ApiOperation {
  if (v.method === "POST") return "create";
  if (v.method === "DELETE") return "delete";
  return v.endpoint === "avtaleforhold/gyldighet" ? "avtaleforholdGyldighet" : "virkningsperiodeGyldighet";
}
const schemaFor = (v: ApiVector) =>
  v.method === "POST" ? ZAvtaleforholdPostSchema : v.method === "DELETE" ? ZAvtaleforholdDeleteSchema : ZGyldighetQuerySchema;

describe("vectors.json: apiValidationVectors", () => {
  it("has vectors for every expected kode", () => {
    expect(new Set(apiVectors.map((v) => v.expectKode))).toEqual(new Set(["OTP-005", "OTP-006", "OTP-007", "OTP-008"]));
  });
  for (const v of apiVectors) {
    it(`${v.name} → ${v.expectStatus} ${v.expectKode}`, () => {
      if (v.expectKode === "OTP-006") {
        expect(checkRettighetspakke(v.rettighetspakke, operation(v))).toBeNull();
        const r = parseOrOtp006(schemaFor(v), v.method === "GET" ? v.query : v.body);
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.error.status).toBe(400);
          expect(r.error.body.kode).toBe("OTP-006");
          expect(r.error.body.melding).toMatch(/felt/);
        }
      } else if (v.expectKode === "OTP-005") {
        const e = checkRettighetspakke(v.rettighetspakke, operation(v));
        expect(e).toEqual({ status: 403, body: { kode: "OTP-005", melding: expect.any(String) } });
      } else if (v.expectKode === "OTP-008") {
        expect(checkRettighetspakke(v.rettighetspakke, operation(v))).toBeNull();
        expect(negotiateFormat(v.accept)).toBeNull();
        expect(OTP_ERRORS["OTP-008"].status).toBe(v.expectStatus);
      } else {
        // OTP-007 (unknown key) is the sandbox's job: the body itself is valid.
        expect(parseOrOtp006(schemaFor(v), v.body).ok).toBe(true);
        expect(OTP_ERRORS["OTP-007"].status).toBe(404);
        expect(v.expectStatus).toBe(404);
      }
    });
  }
});
