import { expect, test } from "../test";
import { expectNoAxeViolations } from "../axe";
import { fixtures, signInAs } from "../fixtures";
import { freshOrgnr } from "../fresh-orgnr";

const API = "/api/sandbox/tjenestepensjonsavtale/v1";

test("create a token, use the API with it, see the data on the page, revoke it", async ({ page, request }) => {
  const f = fixtures();
  await signInAs(page, "ownerA");
  await page.goto(`/institutions/${f.institutions.A.id}/sandbox`);
  await expect(page.getByRole("heading", { level: 1, name: "Sandkasse for Tjenestepensjonsavtale-API-et" })).toBeVisible();
  await expectNoAxeViolations(page);
  const pi = /organisasjonsnummer (\d{9})/.exec(await page.getByText(/organisasjonsnummer \d{9}/).innerText())![1];

  const name = `e2e-${Date.now()}`;
  await page.getByLabel("Navn på tokenet").fill(name);
  await page.getByRole("button", { name: "Lag token" }).click();
  await expect(page.getByText("Tokenet vises bare denne ene gangen. Kopier det nå.")).toBeVisible();
  const token = await page.getByLabel("Nytt token").inputValue();
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("rowheader", { name })).toBeVisible();

  const auth = { Authorization: `Bearer ${token}` };
  const op = freshOrgnr();
  const ref = `e2e-avtale-${Date.now()}`;
  const put = await request.put(`/api/sandbox/opplysningspliktig/${op}/maaneder`, { headers: auth, data: { maaneder: ["2022-03", "2022-04", "2022-05", "2022-09", "2022-10"] } });
  expect(put.status()).toBe(204);
  const post = await request.post(`${API}/otp/avtaleforhold`, { headers: auth, data: { avtalereferanse: ref, fraOgMed: "2022-03", tilOgMed: "2022-05", opplysningspliktig: { norskIdentifikator: op } } });
  expect(post.status()).toBe(201);
  const q = `opplysningspliktig=${op}&pensjonsinnretning=${pi}&fraOgMed=2022-03&tilOgMed=2022-10`;
  const af = await request.get(`${API}/nav/avtaleforhold/gyldighet?${q}`, { headers: auth });
  expect(af.status()).toBe(200);
  expect(af.headers()["korrelasjonsid"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(await af.json()).toEqual({ gyldig: false, maanederUtenGyldigAvtaleforhold: { maaned: ["2022-06", "2022-07", "2022-08", "2022-09", "2022-10"] } });
  const vp = await request.get(`${API}/nav/avtaleforhold/virkningsperiode/gyldighet?${q}`, { headers: { ...auth, Accept: "application/xml" } });
  expect(vp.status()).toBe(200);
  expect(await vp.text()).toContain("<virkningsperiodeGyldighet xmlns=\"urn:no:skatteetaten:datasamarbeid:tjenestepensjonsavtale:virkningsperiodegyldighet:v1\"><gyldig>false</gyldig>");

  await page.reload();
  await expect(page.getByRole("rowheader", { name: ref })).toBeVisible();
  await expect(page.getByLabel(`Måneder for ${op}`)).toHaveValue("2022-03..2022-05, 2022-09..2022-10");
  await expect(page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) })).not.toContainText("Aldri");

  await page.getByRole("button", { name: `Trekk tilbake ${name}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Trekk tilbake tokenet" }).click();
  await expect(page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) })).toContainText("Trukket tilbake");
  const refused = await request.get(`${API}/nav/avtaleforhold/gyldighet?${q}`, { headers: auth });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ kode: "OTP-004" });
});

test("an employer with a month that does not exist is refused and keeps what was typed; corrected, it is added", async ({ page }) => {
  const f = fixtures();
  const op = freshOrgnr();
  await signInAs(page, "memberA");
  await page.goto(`/institutions/${f.institutions.A.id}/sandbox`);
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Legg til arbeidsgiver" }) });
  await form.getByLabel("Organisasjonsnummer til arbeidsgiveren").fill(op);
  await form.getByLabel("Måneder", { exact: true }).fill("2022-03..2022-13");
  await form.getByRole("button", { name: "Legg til arbeidsgiver" }).click();
  await expect(form.getByLabel("Måneder", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Måneder", { exact: true })).toHaveValue("2022-03..2022-13");
  await expect(form.getByLabel("Organisasjonsnummer til arbeidsgiveren")).toHaveValue(op);
  await expect(page.getByLabel(`Måneder for ${op}`)).toHaveCount(0);

  await form.getByLabel("Måneder", { exact: true }).fill("2022-03..2022-04");
  await form.getByRole("button", { name: "Legg til arbeidsgiver" }).click();
  await expect(page.getByLabel(`Måneder for ${op}`)).toHaveValue("2022-03..2022-04");
});

test("the sandbox docs page lists working curl examples and passes axe", async ({ page, request }) => {
  await signInAs(page, "memberA");
  await page.goto("/sandbox-docs");
  await expect(page.getByRole("heading", { level: 1, name: "Sandkasse: Tjenestepensjonsavtale-API" })).toBeVisible();
  // the app's own address, and the signed-in member's institution with a way back to its tokens
  const origin = new URL(page.url()).origin;
  await expect(page.getByText(`curl -s -i -X PUT ${origin}/api/sandbox/opplysningspliktig/974760673/maaneder`).first()).toBeVisible();
  await expect(page.getByText("localhost:3000")).toHaveCount(0);
  const a = fixtures().institutions.A;
  await expect(page.getByText(new RegExp(`^export PI=(?!999999999)\\d{9} `, "m"))).toBeVisible();
  await expect(page.getByText(new RegExp(`bruker organisasjonsnummeret til ${a.name} \\(\\d{9}\\)`))).toBeVisible();
  await expect(page.getByRole("link", { name: `Til sandkassesiden til ${a.name}: tokener og testdata` }).first()).toHaveAttribute("href", `/institutions/${a.id}/sandbox`);
  await expect(page.getByRole("link", { name: "OpenAPI 3.1-beskrivelse (openapi.json)" })).toHaveAttribute("href", "/api/sandbox/openapi.json");
  await expectNoAxeViolations(page);
  const doc = await (await request.get("/api/sandbox/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  await expect(page.getByText("export TOKEN='lim-inn-tokenet-her'")).toBeVisible();

  // in English, the examples' placeholder and comment are English too
  await page.getByRole("button", { name: "Bytt til English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sandbox: Tjenestepensjonsavtale API" })).toBeVisible();
  await expect(page.getByText("export TOKEN='paste-the-token-here'")).toBeVisible();
  await expect(page.getByText("# the pension institution's organisation number")).toBeVisible();
});
