// Date fields follow the page's language, not the browser's (issue 12): Chromium's native date
// input shows mm/dd/yyyy to an English browser, so every date field is a text field in the
// page's format (dd.mm.åååå / dd.mm.yyyy) that also takes ISO dates, checked on the server.
import { expect, test } from "../test";
import { fixtures, signInAs } from "../fixtures";
import { query } from "../access/db";
import { stepPath } from "../checklist/helpers";

const dueDateOf = async (institutionId: string, stepKey: string) =>
  (await query<{ d: string | null }>(`SELECT to_char("dueDate", 'YYYY-MM-DD') AS d FROM "InstitutionStep" WHERE "institutionId" = $1 AND "stepKey" = $2`, [institutionId, stepKey]))[0]?.d ?? null;

test("a due date is typed as dd.mm.åååå, stored as the day, and shown the same way after reload", async ({ page }) => {
  const f = fixtures();
  await signInAs(page, "coordinator");
  await page.goto(stepPath(f.institutions.B.id, "A-8"));
  const field = page.getByLabel("Frist (dd.mm.åååå)");
  await expect(field).toHaveAttribute("type", "text");

  // not a real day: refused with a message that says how to write it, nothing stored
  const before = await dueDateOf(f.institutions.B.id, "A-8");
  await field.fill("31.02.2027");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Skriv datoen som dd.mm.åååå");
  expect(await dueDateOf(f.institutions.B.id, "A-8")).toBe(before);

  await field.fill("1.3.2027");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Endringene er lagret")).toBeVisible();
  expect(await dueDateOf(f.institutions.B.id, "A-8")).toBe("2027-03-01");
  await page.reload();
  await expect(page.getByLabel("Frist (dd.mm.åååå)")).toHaveValue("01.03.2027");
});

test("in English the field asks for dd.mm.yyyy and a filter date works without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-US" });
  const page = await context.newPage();
  await signInAs(page, "coordinator");
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto("/audit");
  const from = page.getByLabel("From date (dd.mm.yyyy)");
  await expect(from).toHaveAttribute("type", "text");
  await from.fill("30.11.2026");
  await page.getByRole("button", { name: "Apply filter" }).click();
  await expect(page).toHaveURL(/from=30\.11\.2026/);
  await expect(page.getByLabel("From date (dd.mm.yyyy)")).toHaveValue("30.11.2026");
  await context.close();
});
