// Feedback after every action (issue 12): a refused submit moves focus to the error summary at the
// top of the form and each of its links focuses its field; a saved form moves focus to its
// message; a double click on a primary submit button saves once and loses nothing; a destructive
// action asks first (Avbryt changes nothing, confirming does it).
import type { Page } from "@playwright/test";
import { expect, test } from "../test";
import { fixtures, signInAs } from "../fixtures";
import { freshOrgnr } from "../fresh-orgnr";
import { query } from "../access/db";
import { stepPath } from "../checklist/helpers";

const summary = (page: Page) => page.getByTestId("error-summary");

/** Clicks every link of the error summary in turn; each must focus the field it names. */
async function expectLinksFocusTheirFields(page: Page, ids: string[]) {
  const links = summary(page).getByRole("link");
  await expect(links).toHaveCount(ids.length);
  for (const [i, id] of ids.entries()) {
    await links.nth(i).click();
    await expect(page.locator(`[id="${id}"]`)).toBeFocused();
  }
}

/** Registers an institution through the form with a double click on its submit button. */
async function registerInstitution(page: Page, name: string, orgnr: string) {
  await page.goto("/admin/institutions/new");
  await page.getByLabel("Navn", { exact: true }).fill(name);
  await page.getByLabel("Organisasjonsnummer", { exact: true }).fill(orgnr);
  await page.getByRole("button", { name: "Registrer pensjonsinnretningen" }).dblclick();
  await expect(page).toHaveURL(/\/institutions\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

test("institution form: the error summary gets focus and each link focuses its field; a double click registers once", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto("/admin/institutions/new");
  await page.getByLabel("Organisasjonsnummer", { exact: true }).fill("12345");
  await page.getByLabel("Leverandørens organisasjonsnummer").fill("974760673");
  await page.getByRole("button", { name: "Registrer pensjonsinnretningen" }).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText("Skriv navnet på pensjonsinnretningen.");
  await expect(summary(page)).toContainText("Organisasjonsnummeret må være 9 siffer, for eksempel 974760673.");
  await expect(summary(page)).not.toContainText("Ugyldig verdi");
  await expectLinksFocusTheirFields(page, ["name", "orgnr", "supplierName"]);
  // what was typed is still there
  await expect(page.getByLabel("Organisasjonsnummer", { exact: true })).toHaveValue("12345");

  const name = `E2E Tilbakemelding ${Date.now()}`;
  const orgnr = freshOrgnr();
  await page.getByLabel("Leverandørens organisasjonsnummer").fill("");
  const id = await registerInstitution(page, name, orgnr);
  const rows = await query<{ id: string; name: string }>(`SELECT id, name FROM "Institution" WHERE orgnr = $1`, [orgnr]);
  expect(rows).toEqual([{ id, name }]);
});

test("the submit button keeps its place and width while pending", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto("/admin/institutions/new");
  const button = page.getByRole("button", { name: "Registrer pensjonsinnretningen" });
  const before = await button.boundingBox();
  // hold the answer back so the pending state can be seen
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route("**/admin/institutions/new", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    await held;
    await route.continue();
  });
  await button.click();
  await expect(button).toHaveAttribute("aria-busy", "true");
  const during = await button.boundingBox();
  expect(during?.width).toBe(before?.width);
  expect(during?.x).toBe(before?.x);
  release();
  await expect(summary(page)).toBeFocused();
});

test("step form: refused values are summarised and linked, evidence still missing is named before saving, a double click saves once", async ({ page }) => {
  // three steps of a fresh institution in one flow
  test.slow();
  await signInAs(page, "coordinator");
  const id = await registerInstitution(page, `E2E Steg ${Date.now()}`, freshOrgnr());

  // C-4: a report link without https://
  await page.goto(stepPath(id, "C-4"));
  await page.locator("#ev-reportUrl").fill("www.example.no/rapport");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText("https://");
  await expectLinksFocusTheirFields(page, ["ev-reportUrl"]);
  await expect(page.locator("#ev-reportUrl")).toHaveValue("www.example.no/rapport");

  // choosing "Ferdig" names what is missing before any submit, and the refusal names the same
  await page.goto(stepPath(id, "A-2"));
  const live = page.locator("#status-missing");
  await expect(live).toHaveCount(0);
  await page.getByLabel("Ny status").selectOption({ label: "Ferdig" });
  await expect(live).toBeVisible();
  const named = await live.getByRole("listitem").allTextContents();
  expect(named.length).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Legg til rad (Virksomhetssertifikater)" }).click();
  const row = page.getByRole("group", { name: "Virksomhetssertifikater, rad 1" });
  await row.getByLabel("Miljø").selectOption({ label: "Test" });
  await expect(live.getByRole("listitem")).not.toHaveCount(0);
  const beforeSave = await live.getByRole("listitem").allTextContents();
  await page.getByRole("button", { name: "Lagre" }).click();
  const refusal = page.locator("form").getByRole("alert");
  await expect(refusal).toBeFocused();
  expect(await refusal.getByRole("listitem").allTextContents()).toEqual(beforeSave);

  // A-1 (a note): a double click saves once, the comment is stored once, focus on "saved"
  await page.goto(stepPath(id, "A-1"));
  const comment = `Dobbeltklikk ${Date.now()}`;
  await page.getByLabel("Notat").fill("Avtalen er signert.");
  await page.getByLabel("Kommentar (valgfritt)").fill(comment);
  await page.getByLabel("Ny status").selectOption({ label: "Pågår" });
  await page.getByRole("button", { name: "Lagre" }).dblclick();
  await expect(page.getByRole("status").filter({ hasText: "Endringene er lagret." })).toBeFocused();
  const comments = await query<{ n: string }>(`SELECT count(*) AS n FROM "StepComment" WHERE "institutionId" = $1 AND body = $2`, [id, comment]);
  expect(Number(comments[0].n)).toBe(1);
  const updates = await query<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent" WHERE "institutionId" = $1 AND subject LIKE '%:A-1' AND action LIKE 'step%'`, [id]);
  expect(Number(updates[0].n)).toBe(1);
  await expect(page.getByLabel("Notat")).toHaveValue("Avtalen er signert.");
});

test("invite form: the error summary gets focus and its link focuses the e-mail field", async ({ page }) => {
  const f = fixtures();
  await signInAs(page, "ownerA");
  await page.goto(`/institutions/${f.institutions.A.id}`);
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Lag invitasjon" }) });
  await form.getByLabel("E-post").fill("ikke-en-adresse");
  await form.getByRole("button", { name: "Lag invitasjon" }).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText("navn@eksempel.no");
  const link = summary(page).getByRole("link");
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(form.getByLabel("E-post")).toBeFocused();
});

test("revoking a sandbox token asks first: Escape and Avbryt change nothing, confirming revokes it", async ({ page }) => {
  const f = fixtures();
  await signInAs(page, "ownerA");
  await page.goto(`/institutions/${f.institutions.A.id}/sandbox`);
  const name = `Dialog ${Date.now()}`;
  await page.getByLabel("Navn på tokenet").fill(name);
  await page.getByRole("button", { name: "Lag token" }).dblclick();
  await expect(page.getByRole("status").filter({ hasText: "Tokenet vises bare denne ene gangen." })).toBeFocused();
  const tokens = await query<{ n: string }>(`SELECT count(*) AS n FROM "SandboxToken" WHERE "institutionId" = $1 AND name = $2`, [f.institutions.A.id, name]);
  expect(Number(tokens[0].n)).toBe(1);
  await page.reload();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  const revoke = row.getByRole("button", { name: `Trekk tilbake ${name}` });
  // compact: the visible label does not repeat the name
  await expect(revoke).toHaveText("Trekk tilbake");

  await revoke.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Trekke tilbake tokenet «${name}»?`);
  await expect(dialog.getByRole("button", { name: "Avbryt" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await revoke.click();
  await dialog.getByRole("button", { name: "Avbryt" }).click();
  await expect(dialog).toHaveCount(0);
  await page.reload();
  await expect(row).toContainText("Aktivt");

  await revoke.click();
  await dialog.getByRole("button", { name: "Trekk tilbake tokenet" }).click();
  await expect(row).toContainText("Trukket tilbake");
});

test("removing an evidence row with content asks first; an empty row goes at once", async ({ page }) => {
  test.slow();
  await signInAs(page, "coordinator");
  const id = await registerInstitution(page, `E2E Rad ${Date.now()}`, freshOrgnr());
  await page.goto(stepPath(id, "A-2"));
  await page.getByRole("button", { name: "Legg til rad (Virksomhetssertifikater)" }).click();
  const row = page.getByRole("group", { name: "Virksomhetssertifikater, rad 1" });
  const remove = page.getByRole("button", { name: "Fjern Virksomhetssertifikater, rad 1" });
  await row.getByLabel("Utsteder").selectOption({ label: "Buypass" });
  await remove.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Avbryt" }).click();
  await expect(row.getByLabel("Utsteder").locator("option:checked")).toHaveText("Buypass");
  await remove.click();
  await dialog.getByRole("button", { name: "Fjern raden" }).click();
  await expect(row).toHaveCount(0);

  await page.getByRole("button", { name: "Legg til rad (Virksomhetssertifikater)" }).click();
  await remove.click();
  await expect(dialog).toHaveCount(0);
  await expect(row).toHaveCount(0);
});
