import type { APIRequestContext, Page } from "@playwright/test";
import { expect } from "../test";
import { freshOrgnr } from "../fresh-orgnr";

const API = "/api/sandbox/tjenestepensjonsavtale/v1";

/** Makes a sandbox token on the institution's sandbox page, as a person would; returns it and the institution's org number. */
export async function sandboxToken(page: Page, institutionId: string): Promise<{ token: string; pi: string }> {
  await page.goto(`/institutions/${institutionId}/sandbox`);
  const pi = /organisasjonsnummer (\d{9})/.exec(await page.getByText(/organisasjonsnummer \d{9}/).innerText())![1];
  await page.getByLabel("Navn på tokenet").fill(`integrasjonstest-${Date.now()}`);
  await page.getByRole("button", { name: "Lag token" }).click();
  const token = await page.getByLabel("Nytt token").inputValue();
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  return { token, pi };
}

/**
 * Every case of the catalogue, with HTTP calls like an institution's client makes: its own
 * employer months, an agreement registered, replaced and deleted, the gyldighet questions, XML,
 * an invalid request and the wrong rettighetspakke. Returns each case's korrelasjonsid.
 */
export async function passEveryCase(request: APIRequestContext, token: string, pi: string): Promise<Record<string, string>> {
  const headers = { Authorization: `Bearer ${token}` };
  const op = freshOrgnr();
  const ids: Record<string, string> = {};
  const id = (r: { headers(): Record<string, string> }) => r.headers()["korrelasjonsid"];
  const agreement = { avtalereferanse: `e2e-${Date.now()}`, fraOgMed: "2022-03", tilOgMed: "2022-05", opplysningspliktig: { norskIdentifikator: op } };
  const key = { avtalereferanse: agreement.avtalereferanse, opplysningspliktig: agreement.opplysningspliktig };
  const q = (from: string, to: string) => `opplysningspliktig=${op}&pensjonsinnretning=${pi}&fraOgMed=${from}&tilOgMed=${to}`;

  expect((await request.put(`/api/sandbox/opplysningspliktig/${op}/maaneder`, { headers, data: { maaneder: ["2022-03", "2022-04", "2022-05", "2022-09"] } })).status()).toBe(204);
  let r = await request.post(`${API}/otp/avtaleforhold`, { headers, data: agreement });
  expect(r.status()).toBe(201);
  ids.register = id(r);
  r = await request.post(`${API}/otp/avtaleforhold`, { headers, data: { ...agreement, tilOgMed: "2022-06" } });
  expect(r.status()).toBe(200);
  ids.replace = id(r);
  r = await request.get(`${API}/nav/avtaleforhold/gyldighet?${q("2022-03", "2022-05")}`, { headers });
  expect(await r.json()).toEqual({ gyldig: true });
  ids.avtaleforholdValid = id(r);
  r = await request.get(`${API}/nav/avtaleforhold/gyldighet?${q("2022-03", "2022-09")}`, { headers });
  expect(await r.json()).toEqual({ gyldig: false, maanederUtenGyldigAvtaleforhold: { maaned: ["2022-06", "2022-07", "2022-08", "2022-09"] } });
  ids.avtaleforholdGaps = id(r);
  r = await request.get(`${API}/nav/avtaleforhold/virkningsperiode/gyldighet?${q("2021-01", "2022-06")}`, { headers });
  expect(await r.json()).toEqual({ gyldig: true });
  ids.virkningsperiodeValid = id(r);
  r = await request.get(`${API}/nav/avtaleforhold/virkningsperiode/gyldighet?${q("2022-01", "2022-12")}`, { headers: { ...headers, Accept: "application/xml" } });
  expect(await r.text()).toContain("<gyldig>false</gyldig>");
  ids.virkningsperiodeGaps = id(r);
  ids.xml = id(r);
  r = await request.get(`${API}/nav/avtaleforhold/gyldighet?${q("2022-05", "2022-03")}`, { headers });
  expect(r.status()).toBe(400);
  expect(await r.json()).toMatchObject({ kode: "OTP-006" });
  ids.invalid = id(r);
  r = await request.get(`${API}/otp/avtaleforhold/gyldighet?${q("2022-03", "2022-05")}`, { headers });
  expect(r.status()).toBe(403);
  expect(await r.json()).toMatchObject({ kode: "OTP-005" });
  ids.wrongPakke = id(r);
  r = await request.delete(`${API}/otp/avtaleforhold`, { headers, data: key });
  expect(r.status()).toBe(204);
  ids.delete = id(r);
  r = await request.delete(`${API}/otp/avtaleforhold`, { headers, data: key });
  expect(r.status()).toBe(404);
  expect(await r.json()).toMatchObject({ kode: "OTP-007" });
  ids.deleteUnknown = id(r);
  return ids;
}

/** From step C-4: a token, a run, every case passed over HTTP, "Lag testrapport"; back on C-4. */
export async function runIntegrationTest(page: Page, request: APIRequestContext, institutionId: string): Promise<void> {
  const { token, pi } = await sandboxToken(page, institutionId);
  await page.goto(`/institutions/${institutionId}/integration-test`);
  await page.getByRole("button", { name: "Start en testkjøring" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Testkjøring" })).toBeVisible();
  await passEveryCase(request, token, pi);
  await expect(page.getByTestId("run-progress")).toContainText("Alle påkrevde testtilfeller er bestått.");
  await page.getByRole("button", { name: "Lag testrapport" }).click();
  await expect(page.getByTestId("run-frozen")).toBeVisible();
  await page.goto(`/institutions/${institutionId}/steps/C-4`);
}
