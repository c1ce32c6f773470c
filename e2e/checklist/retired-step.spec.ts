import { expect, test } from "../test";
import { query } from "../access/db";
import { expectNoAxeViolations } from "../axe";
import { fixtures, signInAs } from "../fixtures";
import { callUpdateStepAction, phaseItem, shownTaskListItem, stepLinkName, stepPath } from "./helpers";

// C-5 is not in catalogue v1: a row for it is recorded progress on a step a newer catalogue
// dropped. Seeded straight into institution A (no use-case writes such a row).
const NOTE = "Levert i forrige versjon av sjekklisten";
const COMMENT = "Dette steget er slått sammen med C-4.";

test.beforeAll(async () => {
  const f = fixtures();
  const A = f.institutions.A.id;
  await query(
    `INSERT INTO "InstitutionStep" (id, "institutionId", "stepKey", status, evidence, version, "updatedAt", "updatedById")
     VALUES ($1, $2, 'C-5', 'DONE', $3::jsonb, 2, now(), $4) ON CONFLICT ("institutionId", "stepKey") DO NOTHING`,
    [`retired-${A}`, A, JSON.stringify({ note: NOTE }), f.users.ownerA.id],
  );
  await query(
    `INSERT INTO "StepComment" (id, "institutionId", "stepKey", "authorId", body, kind) VALUES ($1, $2, 'C-5', $3, $4, 'COMMENT') ON CONFLICT (id) DO NOTHING`,
    [`retired-comment-${A}`, A, f.users.coordinator.id, COMMENT],
  );
});

test("a retired step is shown read-only on the institution page and in the step view", async ({ page }) => {
  const f = fixtures();
  const A = f.institutions.A.id;
  await signInAs(page, "ownerA");
  await page.goto(`/institutions/${A}`);
  const item = await shownTaskListItem(page, "C-5");
  await expect(item.getByText("Utgått", { exact: true })).toBeVisible();
  await expect(item.getByText("Utgått fra sjekklisten: vises for historikkens skyld, teller ikke i framdriften.")).toBeVisible();
  await expect(item.getByText("Ferdig", { exact: true })).toBeVisible();
  // in phase C, after the phase's current steps
  const phaseC = phaseItem(page, "C");
  await expect(phaseC.getByRole("listitem").last()).toContainText("C-5");

  await item.getByRole("link", { name: stepLinkName("C-5") }).click();
  await expect(page.getByRole("heading", { level: 1, name: stepLinkName("C-5") })).toBeVisible();
  await expect(page.getByText("Utgått steg.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Registrert dokumentasjon" })).toContainText(NOTE);
  await expect(page.getByRole("region", { name: "Kommentarer" })).toContainText(COMMENT);
  await expect(page.getByRole("heading", { name: "Oppdater steget" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Lagre" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Legg til kommentar" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the server refuses a change to a retired step and keeps it as it was", async ({ page }) => {
  const f = fixtures();
  const A = f.institutions.A.id;
  await signInAs(page, "coordinator");
  const before = await query<{ status: string; version: number }>(`SELECT status, version FROM "InstitutionStep" WHERE "institutionId" = $1 AND "stepKey" = 'C-5'`, [A]);
  const result = await callUpdateStepAction(page, { institutionId: A, stepKey: "C-5", fields: { expectedVersion: "2", status: "IN_PROGRESS", reason: "gjenåpne" } });
  expect(result).toMatchObject({ ok: false, code: "INVALID", rule: "STEP_RETIRED" });
  const after = await query<{ status: string; version: number }>(`SELECT status, version FROM "InstitutionStep" WHERE "institutionId" = $1 AND "stepKey" = 'C-5'`, [A]);
  expect(after).toEqual(before);
  expect(after).toEqual([{ status: "DONE", version: 2 }]);
  // the step view still loads (the row is kept, not hidden)
  await page.goto(stepPath(A, "C-5"));
  await expect(page.getByText("Utgått steg.")).toBeVisible();
});
