import { type Page } from "@playwright/test";
import { expect, test } from "../test";
import { DELEGATION_GATES, DELEGATION_RIGHTS, delegationRightName, evidenceFields, getStep } from "../../lib/onboarding";
import { completeEvidence } from "../../prisma/seed/checklist-plans";
import { fixtures, signInAsEmail } from "../fixtures";
import { runIntegrationTest } from "../integration-test/helpers";
import { approveAsBits, expectRecordedStatus, expectSaved, saveWithStatus, sendToBits, sessionAs, stepPath } from "./helpers";

// The "done when": an institution reaches production in the browser. A supplier's staff
// member follows the institution page's "next step" from A-1 to D-2 and does the institution's
// part; a coordinator does Bits' steps and approves the reviewed ones. No override anywhere.
// Evidence comes from the same complete answers the demo seed uses, typed into the step forms;
// the server accepts DONE only with complete evidence and every prerequisite done.

const READ_ONLY = "Du kan se steget, men ikke endre det.";
const PROFILE = { blpMember: false, hasSupplier: true };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function setControl(page: Page, name: string, value: unknown) {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    for (const option of value) await page.locator(`input[name="${name}"][value="${option}"]`).check();
    return;
  }
  const control = page.locator(`[name="${name}"]`);
  if (typeof value === "boolean") return control.setChecked(value);
  if ((await control.evaluate((el) => el.tagName)) === "SELECT") await control.selectOption(String(value));
  else await control.fill(String(value));
}

/** Types a step's evidence into its form, adding list rows with the form's own buttons. */
async function fillEvidence(page: Page, key: string, evidence: Record<string, unknown>) {
  const fields = evidenceFields(key);
  for (const [fieldKey, value] of Object.entries(evidence)) {
    const field = fields.find((f) => f.key === fieldKey);
    if (!field) throw new Error(`${key} has no evidence field ${fieldKey}`);
    if (field.type !== "list") {
      await setControl(page, `ev.${fieldKey}`, value);
      continue;
    }
    for (const [i, row] of (value as Record<string, unknown>[]).entries()) {
      await page.getByRole("button", { name: `Legg til rad (${field.label.nb})` }).click();
      for (const [sub, v] of Object.entries(row)) await setControl(page, `ev.${fieldKey}.${i}.${sub}`, v);
    }
  }
}

/** Confirms a column of B-7's Altinn delegation matrix (B-7 waits for TT02, C-7 for production). */
async function confirmDelegations(page: Page, institutionId: string, environment: string) {
  await page.goto(stepPath(institutionId, "B-7"));
  const matrix = page.getByTestId("delegation-matrix");
  for (const right of DELEGATION_RIGHTS) {
    const name = delegationRightName(right);
    await matrix.getByRole("button", { name: `Bekreft at ${name} er delegert i ${environment}` }).click();
    await expect(matrix.getByRole("button", { name: `Trekk tilbake bekreftelsen av ${name} i ${environment}` })).toBeVisible();
  }
}

test("a supplier's staff member and Bits take an institution from A-1 to D-2 in the browser", async ({ page, browser, request }) => {
  // every review step is saved, then sent through the dialog; C-4 is an integration test run
  // against the sandbox; the delegation matrix is confirmed before B-7 and C-7
  test.setTimeout(900_000);
  const { institution, supplierStaff } = fixtures().wholeOnboarding;
  await signInAsEmail(page, supplierStaff.email);
  const bits = await sessionAs(browser, "coordinator");
  const nextStep = page.getByRole("region", { name: "Neste steg" });
  const done: string[] = [];

  for (let guard = 0; guard < 40; guard++) {
    await page.goto(`/institutions/${institution.id}`);
    await expect(page.getByRole("heading", { level: 1, name: institution.name })).toBeVisible();
    if (await nextStep.getByText("Ingen – alle steg er ferdige").isVisible()) break;
    const link = nextStep.getByRole("link");
    const key = (await link.innerText()).trim().split(/\s+/)[0];
    const step = getStep(key);
    const evidence = completeEvidence(key, PROFILE, day);
    const gate = DELEGATION_GATES[key];
    if (gate) {
      // the supplier's staff confirm the delegations in Altinn that the step waits for
      await confirmDelegations(page, institution.id, gate === "TT02" ? "Test (TT02)" : "Produksjon");
      await page.goto(stepPath(institution.id, key));
    } else {
      await link.click();
    }
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${key} `) })).toBeVisible();

    if (step.performer === "BITS") {
      await expect(page.getByText(READ_ONLY)).toBeVisible();
      await bits.goto(stepPath(institution.id, key));
      await fillEvidence(bits, key, evidence);
      await saveWithStatus(bits, "Ferdig");
      await expectSaved(bits);
      await expectRecordedStatus(bits, "Ferdig");
    } else if (step.requiresReview) {
      if (key === "C-4") {
        // the integration test against the sandbox: its report is C-4's evidence (C-7 needs it)
        await runIntegrationTest(page, request, institution.id);
      } else {
        await fillEvidence(page, key, evidence);
        await page.getByRole("button", { name: "Lagre" }).click();
        await expectSaved(page);
      }
      await sendToBits(page);
      await bits.goto(stepPath(institution.id, key));
      await approveAsBits(bits);
    } else {
      await fillEvidence(page, key, evidence);
      await saveWithStatus(page, "Ferdig");
      await expectSaved(page);
      await expectRecordedStatus(page, "Ferdig");
    }
    done.push(key);
  }

  expect(done.at(0)).toBe("A-1");
  expect(done.at(-1)).toBe("D-2");
  expect(new Set(done).size).toBe(done.length);
  // B-7, the Altinn rights for the supplier, is a step only because there is a supplier
  expect(done).toContain("B-7");
  await expect(page.getByRole("progressbar", { name: "Samlet framdrift" })).toHaveAttribute("aria-valuenow", "100");

  // the coordinators' overview shows every phase complete
  await bits.goto(`/overview?q=${encodeURIComponent(institution.name)}`);
  await expect(bits.getByRole("status")).toHaveText(/^Viser 1 av \d+ pensjonsinnretninger$/);
  const row = bits.getByRole("row").filter({ has: bits.getByRole("rowheader", { name: new RegExp(institution.name) }) });
  await expect(row.getByRole("progressbar", { name: `Samlet framdrift for ${institution.name}` })).toHaveAttribute("aria-valuenow", "100");
  await expect(row.getByText("A 100 % · B 100 % · C 100 % · D 100 %")).toBeVisible();
  await bits.context().close();
});
