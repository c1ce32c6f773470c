import { expect, test } from "@playwright/test";
import { DEMO_INSTITUTIONS } from "../../prisma/seed/demo";
import { expectNoAxeViolations } from "../axe";

test("health answers 200 with the database kind and migrations up to date", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", database: "postgresql", migrations: "up to date" });
});

test("home page lists the seeded institutions in bokmål by default", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("heading", { level: 1, name: "Pensjonsinnretninger" })).toBeVisible();
  for (const d of DEMO_INSTITUTIONS) {
    await expect(page.getByRole("rowheader", { name: d.name })).toBeVisible();
    await expect(page.getByRole("cell", { name: d.orgnr, exact: true })).toBeVisible();
  }
});

test("language switch changes to English and back, and remembers the choice", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Bytt til English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pension institutions" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Pension institutions" })).toBeVisible();
  await page.getByRole("button", { name: "Switch to Norsk bokmål" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pensjonsinnretninger" })).toBeVisible();
});

test("skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Hopp til hovedinnhold" });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("home page has no axe violations in either language", async ({ page }) => {
  await page.goto("/");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Bytt til English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(page);
});
