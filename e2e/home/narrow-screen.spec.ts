import type { Page } from "@playwright/test";
import { expect, test } from "../test";
import { fixtures, signInAs, type RoleKey } from "../fixtures";

// A phone held upright: the page itself never scrolls sideways. Wide tables scroll inside their
// own container, and the header, forms and task lists wrap.
test.use({ viewport: { width: 360, height: 740 } });

const PAGES: { name: string; role: RoleKey; path: (f: ReturnType<typeof fixtures>) => string }[] = [
  { name: "the overview", role: "coordinator", path: () => "/overview" },
  { name: "the Bits queue", role: "coordinator", path: () => "/bits-queue" },
  { name: "the activity feed", role: "coordinator", path: () => "/activity" },
  { name: "an institution page with a supplier", role: "coordinator", path: (f) => `/institutions/${f.institutions.B.id}` },
  { name: "the home page of someone with several institutions", role: "supplier", path: () => "/" },
  { name: "an institution page with the supplier banner", role: "supplier", path: (f) => `/institutions/${f.institutions.B.id}/steps/B-3` },
  { name: "the institution page", role: "ownerA", path: (f) => `/institutions/${f.institutions.A.id}` },
  { name: "a step with a list of evidence (C-4)", role: "ownerA", path: (f) => `/institutions/${f.institutions.A.id}/steps/C-4` },
  { name: "the institution's test panel", role: "ownerA", path: (f) => `/institutions/${f.institutions.A.id}/test-panel` },
  { name: "the sandbox", role: "ownerA", path: (f) => `/institutions/${f.institutions.A.id}/sandbox` },
  { name: "the sandbox documentation", role: "ownerA", path: () => "/sandbox-docs" },
  { name: "the demo test panel", role: "ownerA", path: () => "/test-panel" },
  { name: "the institution's activity", role: "ownerA", path: (f) => `/institutions/${f.institutions.A.id}/activity` },
  { name: "the institution's profile form", role: "ownerA", path: (f) => `/institutions/${f.institutions.A.id}/edit` },
  { name: "the account page", role: "ownerA", path: () => "/account" },
  { name: "the users page", role: "admin", path: () => "/admin/users" },
  { name: "the audit trail", role: "admin", path: () => "/audit" },
  { name: "the new institution form", role: "admin", path: () => "/admin/institutions/new" },
];

/** The page's width and whatever reaches past its right edge (outside a sideways-scrolling box). */
async function overflowOf(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // For the message: elements and text reaching past the edge, outside a container that
    // scrolls sideways (a long word overflows its box without widening it).
    const outside = (el: Element | null) => !el?.closest(".overflow-x-auto");
    const wide = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && outside(el.parentElement))
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 3).join(".")}`);
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = texts.nextNode(); n; n = texts.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(n);
      if (range.getBoundingClientRect().right > width + 1 && outside(n.parentElement)) wide.push(`"${n.textContent!.slice(0, 60)}"`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 8) };
  });
}

for (const { name, role, path } of PAGES) {
  test(`${name} fits a 360 px wide screen (${role})`, async ({ page }) => {
    await signInAs(page, role);
    await page.goto(path(fixtures()));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await overflowOf(page);
    expect(overflow.scrollWidth, `the page scrolls sideways; past the edge: ${overflow.wide.join(", ")}`).toBeLessThanOrEqual(overflow.width);
  });
}

// The header's menu open: its links, the language switch and sign-out fit too.
for (const { name, role, path } of PAGES.filter((p) => ["the overview", "the home page", "the users page"].includes(p.name))) {
  test(`${name} with the header menu open fits a 360 px wide screen (${role})`, async ({ page }) => {
    await signInAs(page, role);
    await page.goto(path(fixtures()));
    await page.locator("summary").filter({ hasText: "Meny" }).click();
    const nav = page.getByRole("navigation", { name: "Hovedmeny" });
    await expect(nav).toBeVisible();
    await expect(page.getByRole("button", { name: "Logg ut" })).toBeVisible();
    const overflow = await overflowOf(page);
    expect(overflow.scrollWidth, `the page scrolls sideways; past the edge: ${overflow.wide.join(", ")}`).toBeLessThanOrEqual(overflow.width);
  });
}
