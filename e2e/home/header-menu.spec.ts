import { expect, test } from "../test";
import { fixtures, signInAs } from "../fixtures";

// At 390 px the header is a compact bar: a menu button (a <details> disclosure) holds the main
// menu's links, the language switch and sign-out.
test.use({ viewport: { width: 390, height: 844 } });

test("the narrow menu opens with the keyboard, lists the nav links, and Escape closes it", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto("/overview");
  const menu = page.locator("summary").filter({ hasText: "Meny" });
  const nav = page.getByRole("navigation", { name: "Hovedmeny" });
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");

  // Tab through the skip link and the brand to the menu button, then open it with Enter
  await page.locator("body").focus();
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("Tab");
    if (await menu.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(menu).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(nav).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  const links = nav.getByRole("link");
  await expect(links).toHaveText(["Dashbord", "Oversikt", "Bits-kø", "Innsikt", "Aktivitet", "Testpanel", "Brukere", "Revisjonslogg", "Min konto"]);
  await expect(nav.getByRole("link", { name: "Oversikt" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("button", { name: "Logg ut" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Bytt til English" })).toBeVisible();

  // the links are next in the tab order
  await page.keyboard.press("Tab");
  await expect(links.first()).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
  await expect(menu).toHaveAttribute("aria-expanded", "false");

  // a link in the menu navigates and the menu is closed on the new page
  await page.keyboard.press("Space");
  await expect(nav).toBeVisible();
  await nav.getByRole("link", { name: "Revisjonslogg" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Revisjonslogg" })).toBeVisible();
  await expect(nav).toBeHidden();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the narrow menu still opens and its links work", async ({ page }) => {
    await signInAs(page, "ownerA");
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Hovedmeny" });
    await expect(nav).toBeHidden();
    await page.locator("summary").filter({ hasText: "Meny" }).click();
    await expect(nav).toBeVisible();
    // the start page of an owner of one institution is that institution
    await expect(page).toHaveURL(new RegExp(`/institutions/${fixtures().institutions.A.id}$`));
    await expect(nav.getByRole("link", { name: "Startside" })).toHaveAttribute("aria-current", "page");
    await nav.getByRole("link", { name: "Min konto" }).click();
    await expect(page).toHaveURL(/\/account$/);
  });
});

test("at 1280 px the main menu is a row of links with the current page marked", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAs(page, "coordinator");
  await page.goto("/audit");
  const nav = page.getByRole("navigation", { name: "Hovedmeny" });
  await expect(nav).toBeVisible();
  await expect(page.locator("summary").filter({ hasText: "Meny" })).toBeHidden();
  await expect(nav.getByRole("link", { name: "Revisjonslogg" })).toHaveAttribute("aria-current", "page");
  await expect(nav.locator("[aria-current]")).toHaveCount(1);
  await expect(page.getByRole("banner").getByText(`Innlogget som ${fixtures().users.coordinator.name} · Koordinator (Bits)`)).toBeVisible();
});
