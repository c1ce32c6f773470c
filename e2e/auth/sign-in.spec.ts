import { expect, test } from "../test";
import { expectNoAxeViolations } from "../axe";
import { fixtures, signInAs, signInWithForm, type RoleKey } from "../fixtures";

const ROLES: { key: RoleKey; role: string }[] = [
  { key: "ownerA", role: "Bruker hos pensjonsinnretning" },
  { key: "memberA", role: "Bruker hos pensjonsinnretning" },
  { key: "supplier", role: "Bruker hos pensjonsinnretning" },
  { key: "coordinator", role: "Koordinator (Bits)" },
  { key: "admin", role: "Administrator" },
];

test("signed-out visitors are sent to the sign-in page and back after signing in", async ({ page }) => {
  await page.goto("/audit");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faudit/);
  await signInWithForm(page, fixtures().users.coordinator.email, fixtures().password, { navigate: false });
  await expect(page).toHaveURL(/\/audit$/);
  await expect(page.getByRole("heading", { level: 1, name: "Revisjonslogg" })).toBeVisible();
});

for (const { key, role } of ROLES) {
  test(`${key} signs in with the form and signs out`, async ({ page }) => {
    const user = fixtures().users[key];
    await signInWithForm(page, user.email, fixtures().password);
    await expect(page.getByRole("banner").getByText(`Innlogget som ${user.name} · ${role}`)).toBeVisible();
    await page.getByRole("button", { name: "Logg ut" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // The sign-out button is a plain form: a click before the page hydrates must still sign out.
  test("signing out ends the session and opens the sign-in page", async ({ page }) => {
    await signInAs(page, "memberA");
    await page.goto("/");
    await page.getByRole("button", { name: "Logg ut" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    const session = await (await page.request.get("/api/auth/session")).json();
    expect(session?.user).toBeUndefined();
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test("a wrong password gets one generic error and no session", async ({ page }) => {
  await signInWithForm(page, fixtures().users.memberA.email, "helt-feil-passord");
  const error = page.getByRole("alert").filter({ hasText: "Feil e-post eller passord." });
  await expect(error).toBeVisible();
  await signInWithForm(page, "finnes-ikke@e2e.example", "helt-feil-passord");
  await expect(error).toBeVisible();
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.user).toBeUndefined();
});

test("an institution user cannot open another institution by URL", async ({ page }) => {
  await signInAs(page, "ownerA");
  const res = await page.goto(`/institutions/${fixtures().institutions.B.id}`);
  expect(res?.status()).toBe(404);
  const own = await page.goto(`/institutions/${fixtures().institutions.A.id}`);
  expect(own?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: fixtures().institutions.A.name })).toBeVisible();
});

test("an institution user cannot open coordinator pages", async ({ page }) => {
  await signInAs(page, "supplier");
  for (const path of ["/audit", "/admin/users"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
});

test("sign-in and audit pages have no axe violations", async ({ page }) => {
  test.setTimeout(120_000); // axe is slow on a loaded 2-core machine
  await page.goto("/sign-in");
  await expectNoAxeViolations(page);
  await signInAs(page, "admin");
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/account");
  await expectNoAxeViolations(page);
});
