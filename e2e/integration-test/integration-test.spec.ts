import ExcelJS from "exceljs";
import { expect, test } from "../test";
import { expectNoAxeViolations } from "../axe";
import { fixtures, signInAsEmail } from "../fixtures";
import { approveAsBits, sendToBits, sessionAs, stepPath } from "../checklist/helpers";
import { passEveryCase, sandboxToken } from "./helpers";

// Issue 16, C-4: the institution's own client calls the sandbox over HTTP; on the run page each
// case turns passed without a reload, with the passing call's korrelasjonsid; "Lag testrapport"
// makes the report (printable page, XLSX) and attaches it to C-4, where Bits reviews it. A
// report that cannot be attached (C-4 is with Bits) is refused, says why and changes nothing.

const CASES = ["register", "replace", "delete", "deleteUnknown", "avtaleforholdValid", "avtaleforholdGaps", "virkningsperiodeValid", "virkningsperiodeGaps", "xml", "invalid", "wrongPakke"];

test("a full C-4 run: calls to the sandbox pass the cases live, the report is made, downloaded and reviewed on C-4", async ({ page, request, browser }) => {
  test.setTimeout(300_000);
  const { institution, owner } = fixtures().integrationTest;
  await signInAsEmail(page, owner.email);
  const { token, pi } = await sandboxToken(page, institution.id);
  expect(pi).toBe(institution.orgnr);

  // from C-4 to the integration test page
  await page.goto(stepPath(institution.id, "C-4"));
  await page.getByRole("link", { name: "Kjør integrasjonstesten mot sandkassen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Integrasjonstest mot sandkassen" })).toBeVisible();
  await expect(page.getByText("Ingen testkjøringer ennå.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Start en testkjøring" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Testkjøring" })).toBeVisible();
  for (const key of CASES) await expect(page.getByTestId(`case-${key}`)).toHaveAttribute("data-passed", "false");
  await expect(page.getByTestId("run-progress")).toContainText("0 av 11 bestått");
  await expectNoAxeViolations(page);

  // a marker on the page's window: gone after any reload
  await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));
  // a call without a valid token is refused and passes nothing
  expect((await request.post("/api/sandbox/tjenestepensjonsavtale/v1/otp/avtaleforhold", { headers: { Authorization: "Bearer ugyldig" }, data: {} })).status()).toBe(401);
  const ids = await passEveryCase(request, token, pi);
  for (const key of CASES) {
    await expect(page.getByTestId(`case-${key}`)).toHaveAttribute("data-passed", "true");
    await expect(page.getByTestId(`korrelasjonsid-${key}`)).toHaveText(ids[key]);
  }
  await expect(page.getByTestId("case-avtaleforholdGaps")).toContainText("Måneder: 2022-06, 2022-07, 2022-08, 2022-09");
  await expect(page.getByTestId("run-progress")).toContainText("11 av 11 bestått");
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
  const runUrl = page.url();
  // on a phone the run page does not scroll sideways (the table scrolls in its own box)
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Lag testrapport: the run freezes, the report opens and downloads
  await page.getByRole("button", { name: "Lag testrapport" }).click();
  await expect(page.getByTestId("run-frozen")).toContainText("Testrapporten er laget");
  const started = page.waitForEvent("download");
  await page.getByTestId("run-frozen").getByRole("link", { name: "Last ned testrapporten (XLSX)" }).click();
  const download = await started;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^ajour-testrapport-${institution.orgnr}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const rows: unknown[][] = [];
  workbook.getWorksheet("Testrapport")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  expect(rows[0]).toEqual(["Testrapport for integrasjonstesten"]);
  expect(rows.find((r) => r[0] === "Kjørt av")).toEqual(["Kjørt av", owner.email]);
  const registerRow = rows.find((r) => r[0] === "Registrer en avtale")!;
  expect(registerRow.slice(0, 5)).toEqual(["Registrer en avtale", "Ja", "201 Created", "Bestått", ids.register]);

  await page.getByTestId("run-frozen").getByRole("link", { name: "Åpne testrapporten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Testrapport for integrasjonstesten" })).toBeVisible();
  await expect(page.getByTestId("report-result")).toHaveText("Alle påkrevde testtilfeller er bestått.");
  await expect(page.getByTestId("report-case-deleteUnknown")).toContainText(ids.deleteUnknown);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });

  // C-4 carries the report as evidence and goes to Bits, who sees the report in the review
  await page.goto(stepPath(institution.id, "C-4"));
  await expect(page.getByTestId("report-evidence")).toContainText("Testrapport fra sandkassen");
  await expect(page.getByTestId("report-evidence").getByTestId("report-case-register")).toContainText(ids.register);
  await sendToBits(page);
  const bits = await sessionAs(browser, "coordinator");
  await bits.goto(stepPath(institution.id, "C-4"));
  await expect(bits.getByTestId("review-panel").getByTestId("report-evidence")).toContainText(ids.wrongPakke);
  await expectNoAxeViolations(bits);

  // bad input: a second run's report while C-4 is with Bits is refused, says why, changes nothing
  await page.goto(`/institutions/${institution.id}/integration-test`);
  await page.getByRole("button", { name: "Start en testkjøring" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Testkjøring" })).toBeVisible();
  expect(page.url()).not.toBe(runUrl);
  await page.getByRole("button", { name: "Lag testrapport" }).click();
  await expect(page.getByText("Steg C-4 kan ikke endres nå")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("run-frozen")).toHaveCount(0);
  await page.goto(`/institutions/${institution.id}/integration-test`);
  await expect(page.getByTestId("run-row")).toHaveCount(2);
  await expect(page.getByTestId("run-row").first()).toContainText("Ikke laget");

  // Bits approves C-4: C-7 shows its gate open
  await approveAsBits(bits);
  await bits.goto(stepPath(institution.id, "C-7"));
  await expect(bits.getByTestId("integration-test-gate")).toContainText("Integrasjonstesten (C-4) er godkjent");
  await bits.context().close();
});
