import { expect, test } from "../test";
import { expectNoAxeViolations } from "../axe";
import { fixtures, signInAs } from "../fixtures";

test("health answers 200 with the database kind and migrations up to date", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", database: "postgresql", migrations: "up to date" });
});

test("every response carries the security headers and a nonce CSP", async ({ request }) => {
  const res = await request.get("/sign-in");
  const h = res.headers();
  expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).not.toContain("unsafe-eval");
  expect(h["strict-transport-security"]).toContain("max-age=");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["permissions-policy"]).toContain("camera=()");
});

test("coordinator's home page is the dashboard; its overview link lists both of this run's institutions", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto("/");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("heading", { level: 1, name: "Dashbord" })).toBeVisible();
  await page.getByRole("link", { name: "Oversikt over alle institusjoner" }).click();
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt over påkoblingen" })).toBeVisible();
  for (const i of Object.values(fixtures().institutions)) await expect(page.getByRole("link", { name: i.name, exact: true })).toBeVisible();
});

test("someone working for several institutions lands on a list of only theirs, with progress", async ({ page }) => {
  const f = fixtures();
  await signInAs(page, "supplier");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Dine pensjonsinnretninger" })).toBeVisible();
  for (const i of Object.values(f.institutions)) {
    await expect(page.getByRole("link", { name: i.name })).toHaveAttribute("href", `/institutions/${i.id}`);
    await expect(page.getByRole("progressbar", { name: `Framdrift for ${i.name}` })).toBeVisible();
  }
  await expect(page.getByText("2 pensjonsinnretninger")).toBeVisible();
});

test("language switch changes to English and back, and remembers the choice", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto("/");
  await page.getByRole("button", { name: "Bytt til English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.getByRole("button", { name: "Switch to Norsk bokmål" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashbord" })).toBeVisible();
});

test("skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/sign-in");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Hopp til hovedinnhold" });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("home page has no axe violations in either language", async ({ page }) => {
  test.setTimeout(120_000); // axe is slow on a loaded 2-core machine
  await signInAs(page, "coordinator");
  await page.goto("/");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Bytt til English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(page);
});
