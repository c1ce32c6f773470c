import type { Browser, Page } from "@playwright/test";
import { expect, test } from "../test";
import { query } from "../access/db";
import { fixtures, signInAs } from "../fixtures";
import { freshOrgnr } from "../fresh-orgnr";
import { expectSaved, sessionAs, stepPath } from "./helpers";

// Issue 13, "no silent overwrites": two people (a coordinator and an administrator, who both
// may edit every step) open the same step of an institution of this spec's own. B-1's evidence
// has "NAVs referanse", "Søknad sendt" and a note besides the due date.
const newInstitution = async () => {
  const inst = { id: `conflict-${freshOrgnr()}`, name: `Samtidig ${freshOrgnr()}` };
  await query(`INSERT INTO "Institution" (id, orgnr, name, "blpMember", "updatedAt") VALUES ($1, $2, $3, false, now())`, [inst.id, freshOrgnr(), inst.name]);
  return inst;
};

/** A (the coordinator, on `page`) and B (an administrator, in a context of its own) open B-1. */
async function bothOpen(page: Page, browser: Browser) {
  const inst = await newInstitution();
  const path = stepPath(inst.id, "B-1");
  await signInAs(page, "coordinator");
  const b = await sessionAs(browser, "admin");
  await page.goto(path);
  await b.goto(path);
  return b;
}

test("B's save after A's keeps both: A's due date and note, B's evidence field", async ({ page, browser }) => {
  test.slow(); // two people and several round trips
  const f = fixtures();
  const b = await bothOpen(page, browser);

  // A saves a due date and a note
  await page.getByLabel("Frist").fill("15.12.2026");
  await page.getByLabel("Notat (valgfritt)").fill("Ringte NAV om søknaden.");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expectSaved(page);

  // B, on the page loaded before, changes another field and saves
  await b.getByLabel("NAVs referanse").fill("NAV-2026-118");
  await b.getByRole("button", { name: "Lagre" }).click();
  const conflict = b.getByRole("region", { name: `${f.users.coordinator.name} har endret steget mens du arbeidet` });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Ingen felt er endret av begge.");
  // A's values are loaded into B's form, B's own change is kept
  await expect(b.getByLabel("Frist")).toHaveValue("15.12.2026");
  await expect(b.getByLabel("Notat (valgfritt)")).toHaveValue("Ringte NAV om søknaden.");
  await expect(b.getByLabel("NAVs referanse")).toHaveValue("NAV-2026-118");

  await b.getByRole("button", { name: "Lagre" }).click();
  await expectSaved(b);
  await expect(conflict).toHaveCount(0);
  for (const p of [page, b]) {
    await p.reload();
    await expect(p.getByLabel("Frist")).toHaveValue("15.12.2026");
    await expect(p.getByLabel("Notat (valgfritt)")).toHaveValue("Ringte NAV om søknaden.");
    await expect(p.getByLabel("NAVs referanse")).toHaveValue("NAV-2026-118");
  }
  await b.context().close();
});

test("a field both changed needs B's choice before B's save goes through", async ({ page, browser }) => {
  test.slow(); // two people and several round trips
  const f = fixtures();
  const b = await bothOpen(page, browser);

  await page.getByLabel("Frist").fill("15.12.2026");
  await page.getByLabel("Notat (valgfritt)").fill("A sitt notat");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expectSaved(page);

  await b.getByLabel("Notat (valgfritt)").fill("B sitt notat");
  await b.getByRole("button", { name: "Lagre" }).click();
  const conflict = b.getByRole("region", { name: `${f.users.coordinator.name} har endret steget mens du arbeidet` });
  await expect(conflict).toContainText("Ett felt er endret av begge.");
  const choice = conflict.getByRole("group", { name: "Notat" });
  await expect(choice.getByRole("table")).toContainText("A sitt notat");
  await expect(choice.getByRole("table")).toContainText("B sitt notat");
  // A's due date (only A changed it) is loaded already
  await expect(b.getByLabel("Frist")).toHaveValue("15.12.2026");

  // no choice, no save
  await b.getByRole("button", { name: "Lagre" }).click();
  await expect(choice.getByText("Velg «Behold min» eller «Bruk deres».")).toBeVisible();
  await expect(choice.getByRole("radio", { name: "Behold min" })).toBeFocused();

  await choice.getByRole("radio", { name: "Behold min" }).check();
  await expect(b.getByLabel("Notat (valgfritt)")).toHaveValue("B sitt notat");
  await b.getByRole("button", { name: "Lagre" }).click();
  await expectSaved(b);
  await page.reload();
  await expect(page.getByLabel("Notat (valgfritt)")).toHaveValue("B sitt notat");
  await expect(page.getByLabel("Frist")).toHaveValue("15.12.2026");
  await b.context().close();
});

test("a double click on the comment button stores one comment", async ({ page }) => {
  const inst = await newInstitution();
  await signInAs(page, "coordinator");
  await page.goto(stepPath(inst.id, "B-1"));
  await page.getByLabel("Ny kommentar").fill("Én kommentar, klikket to ganger.");
  await page.getByRole("button", { name: "Legg til kommentar" }).dblclick();
  await expect(page.getByRole("status").filter({ hasText: "Kommentaren er lagt til." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Kommentarer" }).getByText("Én kommentar, klikket to ganger.")).toHaveCount(1);
  const rows = await query<{ n: string }>(`SELECT count(*)::text AS n FROM "StepComment" WHERE "institutionId" = $1`, [inst.id]);
  expect(rows[0].n).toBe("1");
});
