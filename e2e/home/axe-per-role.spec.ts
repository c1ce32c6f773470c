import { expect, test } from "../test";
import { expectNoAxeViolations } from "../axe";
import { fixtures, signInAs, type RoleKey } from "../fixtures";

// Every main page a role may open, scanned by axe (WCAG 2.1 AA) in Norwegian and in English:
// 0 violations. One test per role and page, so a failure names both.
type F = ReturnType<typeof fixtures>;
type PageSpec = { name: string; path: (f: F) => string };

const A = (f: F) => f.institutions.A.id;
const INSTITUTION_PAGES: PageSpec[] = [
  { name: "institution", path: (f) => `/institutions/${A(f)}` },
  { name: "step C-4", path: (f) => `/institutions/${A(f)}/steps/C-4` },
  { name: "institution activity", path: (f) => `/institutions/${A(f)}/activity` },
  { name: "institution test panel", path: (f) => `/institutions/${A(f)}/test-panel` },
  { name: "sandbox", path: (f) => `/institutions/${A(f)}/sandbox` },
];
const COMMON: PageSpec[] = [
  { name: "home", path: () => "/" },
  { name: "test panel", path: () => "/test-panel" },
  { name: "sandbox docs", path: () => "/sandbox-docs" },
  { name: "account", path: () => "/account" },
];

const ROLES: { role: RoleKey; label: string; pages: PageSpec[] }[] = [
  {
    role: "coordinator",
    label: "coordinator",
    pages: [
      ...COMMON,
      { name: "overview", path: () => "/overview" },
      { name: "Bits queue", path: () => "/bits-queue" },
      { name: "activity", path: () => "/activity" },
      { name: "audit", path: () => "/audit" },
      { name: "users", path: () => "/admin/users" },
      ...INSTITUTION_PAGES,
    ],
  },
  { role: "ownerA", label: "institution owner", pages: [...COMMON, ...INSTITUTION_PAGES, { name: "institution profile form", path: (f) => `/institutions/${A(f)}/edit` }] },
  { role: "memberA", label: "institution member", pages: [...COMMON, ...INSTITUTION_PAGES] },
  {
    role: "supplier",
    label: "supplier staff",
    pages: [
      ...COMMON,
      ...INSTITUTION_PAGES,
      { name: "second institution", path: (f) => `/institutions/${f.institutions.B.id}` },
      { name: "a step the supplier does (B-3)", path: (f) => `/institutions/${f.institutions.B.id}/steps/B-3` },
    ],
  },
];

for (const { role, label, pages } of ROLES) {
  test.describe(`axe, signed in as ${label}`, () => {
    for (const p of pages) {
      test(`${p.name} has no violations in nb and en`, async ({ page, baseURL }) => {
        test.setTimeout(120_000); // axe is slow on a loaded 2-core machine
        await signInAs(page, role);
        for (const locale of ["nb", "en"] as const) {
          await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
          const res = await page.goto(p.path(fixtures()));
          expect(res?.status(), `${p.path(fixtures())} answered`).toBe(200);
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          await expectNoAxeViolations(page);
        }
      });
    }
  });
}
