import { type Page } from "@playwright/test";
import { expect, test } from "../test";
import { expectNoAxeViolations } from "../axe";
import { signInAs } from "../fixtures";

const AF_ROW = "Avtaleforhold (inntektsmottakere)";
const VP_ROW = "Virkningsperiode (inntekt)";

/** Every month from `from` to `to` inclusive (YYYY-MM). */
function months(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number);
  for (;;) {
    const s = `${y}-${String(m).padStart(2, "0")}`;
    out.push(s);
    if (s === to) return out;
    if (++m > 12) { m = 1; y++; }
  }
}

/** Months marked in one grid row, read from the cells' screen-reader text ("2022-03 i avtaleforholdet"). */
async function marked(page: Page, rowHeader: string, state: string): Promise<string[]> {
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: rowHeader, exact: true }) });
  const cells = row.getByRole("cell", { name: new RegExp(`^\\d{4}-\\d{2} ${state}`) });
  return (await cells.allTextContents()).map((t) => /\d{4}-\d{2}/.exec(t)![0]);
}
const afMonths = (page: Page) => marked(page, AF_ROW, "i avtaleforholdet");
const vpMonths = (page: Page) => marked(page, VP_ROW, "i virkningsperioden");
const employerMonth = (page: Page, month: string) => page.getByRole("button", { name: month, exact: true });

const EXAMPLE2_AF_JSON = '{"gyldig":false,"maanederUtenGyldigAvtaleforhold":{"maaned":["2022-02","2022-04","2022-05"]}}';
const EXAMPLE1_AF_JSON = '{"gyldig":false,"maanederUtenGyldigAvtaleforhold":{"maaned":["2022-02"]}}';

test("build example 2 by clicking, query, copy, load example 1, survive a reload", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signInAs(page, "ownerA");
  await page.goto("/test-panel");
  await expect(page.getByRole("heading", { level: 1, name: "Testpanel for avtaleforhold og virkningsperiode" })).toBeVisible();

  // employer org number with modulus-11 validation
  const orgnr = page.getByLabel("Organisasjonsnummer til arbeidsgiveren (opplysningspliktig)");
  await orgnr.fill("123456789");
  await expect(page.getByText("Organisasjonsnummeret må ha 9 siffer med gyldig kontrollsiffer (modulus 11).")).toBeVisible();
  await expect(orgnr).toHaveAttribute("aria-invalid", "true");
  await orgnr.fill("974760673");
  await expect(page.getByText("Organisasjonsnummeret må ha 9 siffer med gyldig kontrollsiffer (modulus 11).")).toHaveCount(0);

  // example 2: agreement 2022-03..2022-11, employer months 2022-03 and 2022-11 clicked on the grid
  await page.getByRole("button", { name: "Legg til avtale" }).click();
  const agreement = page.getByRole("group", { name: "Avtale 1" });
  await expect(agreement.getByLabel("Avtalereferanse")).toHaveValue("avtale-1");
  await agreement.getByLabel("Til og med (ÅÅÅÅ-MM, valgfri)").fill("2022-01");
  await agreement.getByLabel("Fra og med (ÅÅÅÅ-MM)").fill("2022-03");
  await expect(agreement.getByText("Til og med kan ikke være før fra og med.")).toBeVisible();
  await agreement.getByLabel("Til og med (ÅÅÅÅ-MM, valgfri)").fill("2022-11");
  await expect(agreement.getByText("Til og med kan ikke være før fra og med.")).toHaveCount(0);
  await expect(page.getByRole("rowheader", { name: "Fra pensjonsinnretningen: avtale-1" })).toBeVisible();

  await employerMonth(page, "2022-03").click();
  await expect(employerMonth(page, "2022-03")).toHaveAttribute("aria-pressed", "true");
  await employerMonth(page, "2022-11").click();
  await expect(employerMonth(page, "2022-11")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByLabel("Måneder arbeidsgiveren har rapportert pensjonsinnretningen")).toHaveValue("2022-03, 2022-11");

  expect(await afMonths(page)).toEqual(["2022-03", "2022-11"]);
  expect(await vpMonths(page)).toEqual(months("2020-12", "2022-12"));

  // the explanation follows the focused cell
  await employerMonth(page, "2022-03").focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByText("2022-03 er i avtaleforholdet fordi", { exact: false })).toBeVisible();

  // query: both gyldighet answers exactly as the API sends them
  const period = page.getByRole("group", { name: "Spørreperiode" });
  await period.getByLabel("Fra og med (ÅÅÅÅ-MM)").fill("2022-02");
  await period.getByLabel("Til og med (ÅÅÅÅ-MM)").fill("2022-05");
  await expect(page.getByText(EXAMPLE2_AF_JSON, { exact: true })).toBeVisible();
  await expect(page.getByText('{"gyldig":true}', { exact: true })).toBeVisible();
  expect(await marked(page, AF_ROW, "ikke i avtaleforholdet, mangler for spørringen")).toEqual(["2022-02", "2022-04", "2022-05"]);

  await page.getByRole("button", { name: "Kopier JSON for avtaleforhold" }).click();
  await expect(page.getByText("Kopiert", { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(EXAMPLE2_AF_JSON);

  // example 1 one click away (the query stays)
  await page.getByRole("button", { name: "Eksempel 1", exact: true }).click();
  await expect(page.getByText("Eksempel 1 er lastet inn.")).toBeVisible();
  expect(await afMonths(page)).toEqual([...months("2022-03", "2022-05"), ...months("2022-09", "2022-10")]);
  expect(await vpMonths(page)).toEqual(months("2020-12", "2022-11"));
  await expect(page.getByText(EXAMPLE1_AF_JSON, { exact: true })).toBeVisible();

  // the scenario lives in the URL
  await expect(page).toHaveURL(/[?&]a=2022-09\.\.%3Aavtale-2/);
  await page.reload();
  expect(await afMonths(page)).toEqual([...months("2022-03", "2022-05"), ...months("2022-09", "2022-10")]);
  await expect(page.getByRole("group", { name: "Avtale 2" }).getByLabel("Fra og med (ÅÅÅÅ-MM)")).toHaveValue("2022-09");
  await expect(page.getByRole("group", { name: "Avtale 2" }).getByLabel("Til og med (ÅÅÅÅ-MM, valgfri)")).toHaveValue("");
  await expect(page.getByLabel("Organisasjonsnummer til arbeidsgiveren (opplysningspliktig)")).toHaveValue("974760673");
  await expect(page.getByText(EXAMPLE1_AF_JSON, { exact: true })).toBeVisible();

  await expectNoAxeViolations(page);
});

test("the bulk check offers a template that it reads without errors, and explains its columns", async ({ page }) => {
  await signInAs(page, "ownerA");
  await page.goto("/test-panel");
  await openBulkTab(page);
  const started = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned mal (CSV)" }).click();
  const template = await started;
  expect(template.suggestedFilename()).toBe("massesjekk-mal.csv");
  await page.getByText("Kolonnene i filen").click();
  await expect(page.getByText("arbeidsgiverens organisasjonsnummer (9 siffer)")).toBeVisible();
  await page.getByLabel("CSV-fil").setInputFiles(await template.path());
  await expect(page.getByText("Ferdig: 1 arbeidsgiver fra 7 rader, 0 med advarsler.")).toBeVisible();
  await expect(page.getByText(/Rader med feil/)).toHaveCount(0);
});

test("a shared link with bad values says so and keeps the good ones", async ({ page }) => {
  await signInAs(page, "ownerA");
  await page.goto("/test-panel?op=974760673&m=2022-13&a=2022-03..2022-11%3Aavtale-1");
  await expect(page.getByRole("alert").filter({ hasText: "måneder" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Fra pensjonsinnretningen: avtale-1" })).toBeVisible();
});

test("bulk check of a small CSV shows the result table, a warning and the bad row", async ({ page }) => {
  await signInAs(page, "ownerA");
  await page.goto("/test-panel");
  const csv = [
    "opplysningspliktig,type,maaned,fraOgMed,tilOgMed,avtalereferanse",
    "974760673,agreement,,2022-03,2022-05,avtale-1",
    "974760673,agreement,,2022-09,,avtale-2",
    "974760673,employer-month,2022-03,,,",
    "123456789,employer-month,2022-03,,,",
    "889640782,employer-month,2022-01,,,",
    ...["2022-04", "2022-05", "2022-09", "2022-10"].map((m) => `974760673,employer-month,${m},,,`),
  ].join("\n");
  await openBulkTab(page);
  await page.getByLabel("CSV-fil").setInputFiles({ name: "bulk.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });

  const table = page.getByRole("table", { name: "Resultat per arbeidsgiver" });
  await expect(table).toBeVisible();
  await expect(page.getByText("Ferdig: 2 arbeidsgivere fra 9 rader, 1 med advarsler.")).toBeVisible();
  const ok = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "974760673" }) });
  await expect(ok).toContainText("2022-03..2022-05, 2022-09..2022-10");
  await expect(ok).toContainText("2020-12..2022-11");
  const warned = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "889640782" }) });
  await expect(warned).toContainText("arbeidsgiver rapporterer dere, men ingen avtale er registrert");
  // the rule engine's reason, in the page's language
  await expect(page.getByText("Linje 5: «123456789» er ikke et gyldig organisasjonsnummer (9 siffer med riktig kontrollsiffer)")).toBeVisible();
  await expect(page.getByText("bad org number")).toHaveCount(0);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Last ned resultatet som CSV" }).click();
  expect((await download).suggestedFilename()).toBe("avtaleforhold-resultat.csv");

  await expectNoAxeViolations(page);
});

test("empty month fields show no example value that could pass for a filled-in one", async ({ page }) => {
  await signInAs(page, "ownerA");
  await page.goto("/test-panel");
  await page.getByRole("button", { name: "Legg til avtale" }).click();
  const fields = [page.getByLabel("Til og med (ÅÅÅÅ-MM, valgfri)"), page.getByLabel("Fra og med (ÅÅÅÅ-MM)"), page.getByLabel("Til og med (ÅÅÅÅ-MM)", { exact: true })];
  for (const field of fields) {
    await expect(field.first()).toHaveValue("");
    expect(await field.first().getAttribute("placeholder")).toBeNull();
  }
});

/** The bulk check is the page's second tab (Designsystemet Tabs): only the chosen tab's panel shows. */
async function openBulkTab(page: Page) {
  const tab = page.getByRole("tab", { name: "Massesjekk" });
  await tab.click();
  await expect(tab).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("heading", { level: 2, name: "Massesjekk fra CSV" })).toBeVisible();
}
