// Helpers of the integration test's tests: every catalogue case made the way a client would,
// through the sandbox's own handlers.
import { expect } from "vitest";
import type { SandboxHandlers } from "../sandbox/create-handlers";
import { API, apiRequest, BASE, query } from "../sandbox/test-helpers";

const OP = "974760673";

/** Every case of the catalogue, made the way a client would; returns each answer's korrelasjonsid by case. */
export async function passEveryCase(h: SandboxHandlers, token: string, pi: string) {
  const otp = { rettighetspakke: "otp" };
  const nav = { rettighetspakke: "nav" };
  const ids: Record<string, string> = {};
  const id = (r: Response) => r.headers.get("Korrelasjonsid")!;
  const agreement = { avtalereferanse: "avtale-1", fraOgMed: "2022-03", tilOgMed: "2022-05", opplysningspliktig: { norskIdentifikator: OP } };
  expect((await h.putEmployerMonths(apiRequest("PUT", `${BASE}/opplysningspliktig/${OP}/maaneder`, { token, body: { maaneder: ["2022-03", "2022-04", "2022-05", "2022-09"] } }), { orgnr: OP })).status).toBe(204);
  let r = await h.postAvtaleforhold(apiRequest("POST", `${API}/otp/avtaleforhold`, { token, body: agreement }), otp);
  expect(r.status).toBe(201);
  ids.register = id(r);
  r = await h.postAvtaleforhold(apiRequest("POST", `${API}/otp/avtaleforhold`, { token, body: { ...agreement, tilOgMed: "2022-06" } }), otp);
  expect(r.status).toBe(200);
  ids.replace = id(r);
  const q = (fraOgMed: string, tilOgMed: string) => query({ opplysningspliktig: OP, pensjonsinnretning: pi, fraOgMed, tilOgMed });
  r = await h.getAvtaleforholdGyldighet(apiRequest("GET", `${API}/nav/avtaleforhold/gyldighet?${q("2022-03", "2022-05")}`, { token }), nav);
  expect(await r.json()).toEqual({ gyldig: true });
  ids.avtaleforholdValid = id(r);
  r = await h.getAvtaleforholdGyldighet(apiRequest("GET", `${API}/nav/avtaleforhold/gyldighet?${q("2022-03", "2022-09")}`, { token }), nav);
  expect((await r.json()).gyldig).toBe(false);
  ids.avtaleforholdGaps = id(r);
  r = await h.getVirkningsperiodeGyldighet(apiRequest("GET", `${API}/nav/avtaleforhold/virkningsperiode/gyldighet?${q("2021-01", "2022-06")}`, { token }), nav);
  expect(await r.json()).toEqual({ gyldig: true });
  ids.virkningsperiodeValid = id(r);
  r = await h.getVirkningsperiodeGyldighet(apiRequest("GET", `${API}/nav/avtaleforhold/virkningsperiode/gyldighet?${q("2022-01", "2022-12")}`, { token, accept: "application/xml" }), nav);
  expect(await r.text()).toContain("<gyldig>false</gyldig>");
  ids.virkningsperiodeGaps = id(r);
  ids.xml = id(r);
  r = await h.getAvtaleforholdGyldighet(apiRequest("GET", `${API}/nav/avtaleforhold/gyldighet?${q("2022-05", "2022-03")}`, { token }), nav);
  expect(r.status).toBe(400);
  ids.invalid = id(r);
  r = await h.getAvtaleforholdGyldighet(apiRequest("GET", `${API}/otp/avtaleforhold/gyldighet?${q("2022-03", "2022-05")}`, { token }), otp);
  expect(r.status).toBe(403);
  ids.wrongPakke = id(r);
  r = await h.deleteAvtaleforhold(apiRequest("DELETE", `${API}/otp/avtaleforhold`, { token, body: { avtalereferanse: "avtale-1", opplysningspliktig: { norskIdentifikator: OP } } }), otp);
  expect(r.status).toBe(204);
  ids.delete = id(r);
  r = await h.deleteAvtaleforhold(apiRequest("DELETE", `${API}/otp/avtaleforhold`, { token, body: { avtalereferanse: "avtale-1", opplysningspliktig: { norskIdentifikator: OP } } }), otp);
  expect(r.status).toBe(404);
  ids.deleteUnknown = id(r);
  return ids;
}
