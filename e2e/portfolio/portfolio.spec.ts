import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "../axe";
import { fixtures, signInAs } from "../fixtures";
import { expect, test } from "../test";

// The coordinator's portfolio pages (issue 15): dashboard, timelines, insights and one
// institution's timeline. Each chart is an image with a title and has its numbers in a table;
// the pages pass axe and fit a 390 px wide phone without scrolling sideways.

// axe over pages of charts is slow on a loaded 2-core machine
test.describe.configure({ timeout: 180_000 });

async function fitsPhone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  const { scrollWidth, width } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
  expect(scrollWidth, "the page scrolls sideways at 390 px").toBeLessThanOrEqual(width);
}

test("the dashboard: counts, funnel and trend as charts with their tables, the overview one click away", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto("/");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashbord" })).toBeVisible();
  for (const chart of ["Stolpediagram: antall institusjoner i hver fase", "Stolpediagram: antall institusjoner som har nådd hvert trinn"]) {
    await expect(page.getByRole("img", { name: chart })).toBeVisible();
  }
  await expect(page.getByRole("img", { name: /Diagram over 24 måneder/ })).toBeVisible();
  // the text alternatives: a table per chart
  await expect(page.getByRole("table", { name: "Institusjoner per fase" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Trakt: A → B → C → D → i produksjon" })).toBeVisible();
  const trend = page.getByRole("table", { name: "Utvikling de siste 24 månedene" });
  await expect(trend.locator("tbody tr")).toHaveCount(24);
  // the funnel's first stage counts every institution shown
  const funnel = page.getByRole("table", { name: "Trakt: A → B → C → D → i produksjon" });
  const started = Number(await funnel.getByRole("row", { name: /A: startet/ }).getByRole("cell").textContent());
  expect(started).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole("heading", { name: /^Venter på Bits/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Sertifikater som utløper innen 60 dager/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await fitsPhone(page);

  await page.getByRole("link", { name: "Mine (jeg er ansvarlig koordinator)" }).click();
  await expect(page).toHaveURL(/scope=mine/);
  await expect(page.getByRole("link", { name: "Mine (jeg er ansvarlig koordinator)" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: "Oversikt over alle institusjoner" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt over påkoblingen" })).toBeVisible();
});

test("insights: times per phase and step with tables, and the CSV export", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto("/insights");
  await expect(page.getByRole("heading", { level: 1, name: "Innsikt: gjennomløpstider" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Stolpediagram: mediantid per steg i dager" })).toBeVisible();
  const steps = page.getByRole("table", { name: "Tid per steg" });
  await expect(steps.getByRole("rowheader", { name: /^A-1 / })).toBeVisible();
  await expect(page.getByRole("table", { name: "Tid per fase" }).locator("tbody tr")).toHaveCount(4);
  await expectNoAxeViolations(page);
  await fitsPhone(page);
  const csv = await page.request.get(await page.getByRole("link", { name: "Last ned innsikt (CSV)" }).getAttribute("href") ?? "");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("Del;Nøkkel;Navn;Kvartal;Antall;Median (dager)");
});

test("timelines: one row per institution, sortable by target date or slip", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto("/timelines");
  await expect(page.getByRole("heading", { level: 1, name: "Tidslinjer" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Tidslinje for .+: fasene som stolper, måldato som stiplet linje$/ }).first()).toBeVisible();
  // the rows are sorted by target date, the earliest first
  const targets = await page.getByRole("table", { name: "Tidslinjer" }).locator("tbody tr").evaluateAll((rows) => rows.length);
  expect(targets).toBeGreaterThan(2);
  await page.getByRole("link", { name: "Etter forsinkelse" }).click();
  await expect(page).toHaveURL(/sort=slip/);
  await expect(page.getByRole("link", { name: "Etter forsinkelse" })).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);
  await fitsPhone(page);
});

test("an institution's own timeline: its staff see it, another institution's staff do not, nor the dashboard", async ({ page }) => {
  const f = fixtures();
  await signInAs(page, "ownerA");
  await page.goto(`/institutions/${f.institutions.A.id}`);
  await page.getByRole("link", { name: "Tidslinje mot måldato" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Tidslinje: ${f.institutions.A.name}` })).toBeVisible();
  await expect(page.getByRole("img", { name: new RegExp(`^Tidslinje for ${f.institutions.A.name}: fasene A–D`) })).toBeVisible();
  await expect(page.getByRole("table", { name: "Fasene" }).locator("tbody tr")).toHaveCount(4);
  await expectNoAxeViolations(page);
  await fitsPhone(page);
  expect((await page.goto("/dashboard"))?.status()).toBe(404);
  expect((await page.goto("/insights"))?.status()).toBe(404);

  await page.context().clearCookies();
  await signInAs(page, "ownerB");
  expect((await page.goto(`/institutions/${f.institutions.A.id}/timeline`))?.status()).toBe(404);
  await expect(page.getByText(f.institutions.A.name)).toHaveCount(0);
});
