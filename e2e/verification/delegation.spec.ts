import { expect, test } from "../test";
import { expectNoAxeViolations } from "../axe";
import { fixtures, signInAs } from "../fixtures";
import { query } from "../access/db";

// Issue 16, B-7: the supplier's staff confirm the Altinn delegations cell by cell; who confirmed
// and when is shown; a confirmation can be taken back; B-7 lacks what is not confirmed in TT02.

test("the supplier's staff confirm delegations in the matrix and take one back; B-7 names what TT02 still lacks", async ({ page }) => {
  test.slow(); // a page of forms, an axe scan and several round trips on a shared machine
  const f = fixtures();
  const B = f.institutions.B;
  await signInAs(page, "supplier");
  await page.goto(`/institutions/${B.id}/steps/B-7`);
  const matrix = page.getByTestId("delegation-matrix");
  await expect(matrix.getByRole("heading", { level: 2, name: "Delegering i Altinn" })).toBeVisible();
  await expect(matrix.getByText(/leverandøren E2E Leverandør AS/)).toBeVisible();
  await expect(matrix.getByTestId("delegation-column-TT02")).toHaveText("Test (TT02): 4 rettigheter mangler.");
  await expectNoAxeViolations(page);

  for (const right of ["Inntekt API – På vegne av", "Inntektsmottakere API", "Tjenestepensjonsavtale API"]) {
    await matrix.getByRole("button", { name: `Bekreft at ${right} er delegert i Test (TT02)` }).click();
    await expect(matrix.getByRole("button", { name: `Trekk tilbake bekreftelsen av ${right} i Test (TT02)` })).toBeVisible();
  }
  const cell = matrix.getByTestId("delegation-TT02-INNTEKT_API_PAA_VEGNE_AV");
  await expect(cell).toHaveAttribute("data-confirmed", "true");
  await expect(cell.getByText(new RegExp(`^Bekreftet av ${f.users.supplier.name} \\d`))).toBeVisible();
  await expect(matrix.getByTestId("delegation-column-TT02")).toHaveText("Test (TT02): 1 rettighet mangler.");
  // B-7's evidence lacks the fourth TT02 right (production is C-7's)
  await expect(page.getByText("Dokumentasjonen mangler 1 opplysning.")).toBeVisible();

  // taking one back
  await matrix.getByRole("button", { name: "Trekk tilbake bekreftelsen av Inntektsmottakere API i Test (TT02)" }).click();
  await expect(matrix.getByRole("button", { name: "Bekreft at Inntektsmottakere API er delegert i Test (TT02)" })).toBeVisible();
  await expect(matrix.getByTestId("delegation-column-TT02")).toHaveText("Test (TT02): 2 rettigheter mangler.");
  await expect(page.getByText("Dokumentasjonen mangler 2 opplysninger.")).toBeVisible();

  const rows = await query<{ right: string; environment: string }>(`SELECT "right", environment FROM "StepDelegation" WHERE "institutionId" = $1 ORDER BY "right"`, [B.id]);
  expect(rows).toEqual([
    { right: "INNTEKT_API_PAA_VEGNE_AV", environment: "TT02" },
    { right: "TJENESTEPENSJONSAVTALE_API", environment: "TT02" },
  ]);
  const events = await query<{ action: string }>(`SELECT action FROM "AuditEvent" WHERE subject = $1 AND actor = $2 ORDER BY at, id`, [`step:${B.id}:B-7`, f.users.supplier.email]);
  expect(events.map((e) => e.action)).toEqual([...Array(3).fill("step.delegation.confirm"), "step.delegation.unconfirm"]);
});

test("an institution without a supplier has no delegation matrix", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto(`/institutions/${fixtures().institutions.A.id}/steps/B-7`);
  await expect(page.getByRole("heading", { level: 1, name: /^B-7 / })).toBeVisible();
  await expect(page.getByTestId("delegation-matrix")).toHaveCount(0);
});
