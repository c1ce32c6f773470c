import { type Page } from "@playwright/test";
import { expect, test } from "../test";
import { expectNoAxeViolations } from "../axe";
import { fixtures, signInAs } from "../fixtures";
import { freshOrgnr } from "../fresh-orgnr";

const API = "/api/sandbox/tjenestepensjonsavtale/v1";
const panelPath = () => `/institutions/${fixtures().institutions.A.id}/test-panel`;
const panelTitle = { nb: () => `Testpanel for ${fixtures().institutions.A.name}`, en: () => `Test panel for ${fixtures().institutions.A.name}` };

const savedRow = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
const orgnrField = (page: Page) => page.getByLabel("Organisasjonsnummer til arbeidsgiveren (opplysningspliktig)");
const monthsField = (page: Page) => page.getByLabel("Måneder arbeidsgiveren har rapportert pensjonsinnretningen");

test("a member saves example 2 under a name, is asked before overwriting, sees it listed after a reload, opens and deletes it", async ({ page }) => {
  const f = fixtures();
  await signInAs(page, "memberA");
  // the demo says it saves nothing and links the member's institution panel
  await page.goto("/test-panel");
  await expect(page.getByText("Demomodus: ingenting lagres.", { exact: false })).toBeVisible();
  await page.getByRole("link", { name: panelTitle.nb() }).click();
  await expect(page.getByRole("heading", { level: 1, name: panelTitle.nb() })).toBeVisible();

  await page.getByRole("button", { name: "Eksempel 2", exact: true }).click();
  await expect(monthsField(page)).toHaveValue("2022-03, 2022-11");
  const name = `Eksempel 2 e2e ${Date.now()}`;
  const nameField = page.getByLabel("Navn på scenarioet");

  await page.getByRole("button", { name: "Lagre scenarioet" }).click();
  await expect(page.getByText("Gi scenarioet et navn.").first()).toBeVisible();
  await expect(nameField).toHaveAttribute("aria-invalid", "true");

  await nameField.fill(name);
  await page.getByRole("button", { name: "Lagre scenarioet" }).click();
  await expect(page.getByText(`Lagret som «${name}».`)).toBeVisible();
  await expect(savedRow(page, name)).toBeVisible();

  // the same name again: a clear choice, nothing overwritten until it is made
  await page.getByRole("button", { name: "Eksempel 1", exact: true }).click();
  await page.getByRole("button", { name: "Lagre scenarioet" }).click();
  await expect(page.getByText("Det finnes allerede et scenario med dette navnet.", { exact: false }).first()).toBeVisible();
  await page.getByRole("button", { name: `Overskriv «${name}»` }).click();
  await expect(page.getByText(`Lagret som «${name}».`)).toBeVisible();

  await page.reload();
  const row = savedRow(page, name);
  await expect(row.getByRole("cell").nth(0)).toContainText(f.users.memberA.name);
  await expect(row.getByRole("cell").nth(1)).toContainText(f.users.memberA.name);

  // open: the saved scenario (now example 1) fills the panel and the URL
  await page.getByRole("button", { name: "Tøm scenarioet" }).click();
  await expect(monthsField(page)).toHaveValue("");
  await page.getByRole("button", { name: `Åpne ${name}` }).click();
  await expect(page.getByText(`Scenarioet «${name}» er åpnet.`)).toBeVisible();
  await expect(orgnrField(page)).toHaveValue("974760673");
  await expect(monthsField(page)).toHaveValue("2022-03..2022-05, 2022-09..2022-10");
  await expect(page).toHaveURL(/m=2022-03\.\.2022-05%2C2022-09\.\.2022-10/);

  await page.getByRole("button", { name: `Slett ${name}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Slett scenarioet" }).click();
  await expect(savedRow(page, name)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: panelTitle.nb() })).toBeVisible();
  await expect(savedRow(page, name)).toHaveCount(0);
});

test("data written with a sandbox token shows in the panel, with the same gyldighet answer as the API; months saved in the panel reach the API", async ({ page, request }) => {
  const f = fixtures();
  await signInAs(page, "ownerA");
  await page.goto(`/institutions/${f.institutions.A.id}/sandbox`);
  const pi = /organisasjonsnummer (\d{9})/.exec(await page.getByText(/organisasjonsnummer \d{9}/).innerText())![1];
  await page.getByLabel("Navn på tokenet").fill(`panel-e2e-${Date.now()}`);
  await page.getByRole("button", { name: "Lag token" }).click();
  const token = await page.getByLabel("Nytt token").inputValue();
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

  // example 2 through the API: the employer reported 2022-03 and 2022-11, one agreement 2022-03..2022-11
  const auth = { Authorization: `Bearer ${token}` };
  const op = freshOrgnr();
  const ref = `e2e-panel-${Date.now()}`;
  expect((await request.put(`/api/sandbox/opplysningspliktig/${op}/maaneder`, { headers: auth, data: { maaneder: ["2022-11", "2022-03"] } })).status()).toBe(204);
  expect((await request.post(`${API}/otp/avtaleforhold`, {
    headers: auth, data: { avtalereferanse: ref, fraOgMed: "2022-03", tilOgMed: "2022-11", opplysningspliktig: { norskIdentifikator: op } },
  })).status()).toBe(201);
  const gyldighet = async (kind: "avtaleforhold" | "avtaleforhold/virkningsperiode") => {
    const res = await request.get(`${API}/nav/${kind}/gyldighet?opplysningspliktig=${op}&pensjonsinnretning=${pi}&fraOgMed=2022-02&tilOgMed=2022-05`, { headers: auth });
    expect(res.status()).toBe(200);
    return JSON.stringify(await res.json());
  };
  const af = await gyldighet("avtaleforhold");
  const vp = await gyldighet("avtaleforhold/virkningsperiode");
  expect(JSON.parse(af)).toEqual({ gyldig: false, maanederUtenGyldigAvtaleforhold: { maaned: ["2022-02", "2022-04", "2022-05"] } });

  // the sandbox page links the panel
  await page.getByRole("link", { name: "Testpanel med lagrede scenarioer og sandkassens data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: panelTitle.nb() })).toBeVisible();
  await page.getByLabel("Arbeidsgiver (opplysningspliktig)", { exact: true }).fill(op);
  await page.getByRole("button", { name: "Hent fra sandkassen" }).click();
  await expect(page.getByText(`Hentet ${op} fra sandkassen: 2 måneder, 1 avtale.`)).toBeVisible();
  const stored = page.getByRole("table", { name: `Avtaler lagret i sandkassen for ${op}` });
  await expect(stored.getByRole("row").filter({ has: page.getByRole("rowheader", { name: ref }) }).getByRole("cell")).toHaveText(["2022-03", "2022-11"]);
  await expect(orgnrField(page)).toHaveValue(op);
  await expect(monthsField(page)).toHaveValue("2022-03, 2022-11");
  await expect(page.getByRole("group", { name: "Avtale 1" }).getByLabel("Avtalereferanse")).toHaveValue(ref);

  const period = page.getByRole("group", { name: "Spørreperiode" });
  await period.getByLabel("Fra og med (ÅÅÅÅ-MM)").fill("2022-02");
  await period.getByLabel("Til og med (ÅÅÅÅ-MM)").fill("2022-05");
  await expect(page.getByText(af, { exact: true })).toBeVisible();
  await expect(page.getByText(vp, { exact: true })).toBeVisible();

  // the panel's months written to the sandbox: the API now answers from them
  await page.getByRole("button", { name: "2022-04", exact: true }).click();
  await expect(monthsField(page)).toHaveValue("2022-03..2022-04, 2022-11");
  await page.getByRole("button", { name: `Lagre rapporterte måneder for ${op} i sandkassen` }).click();
  await expect(page.getByText(`Lagret 3 måneder for ${op} i sandkassen.`)).toBeVisible();
  const afAfter = await gyldighet("avtaleforhold");
  expect(JSON.parse(afAfter)).toEqual({ gyldig: false, maanederUtenGyldigAvtaleforhold: { maaned: ["2022-02", "2022-05"] } });
  await expect(page.getByText(afAfter, { exact: true })).toBeVisible();
});

for (const lang of ["nb", "en"] as const) {
  test(`the institution panel has no axe violations (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, "ownerA");
    await page.goto(panelPath());
    if (lang === "en") await page.getByRole("button", { name: "Bytt til English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1, name: panelTitle[lang]() })).toBeVisible();
    await page.getByRole("button", { name: lang === "nb" ? "Eksempel 2" : "Example 2", exact: true }).click();
    await expectNoAxeViolations(page);
  });
}

test("another institution's user gets not found", async ({ page }) => {
  await signInAs(page, "ownerB");
  const res = await page.goto(panelPath());
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: panelTitle.nb() })).toHaveCount(0);
});
