import { expect, test } from "../test";
import { fixtures, signInAs, signInAsEmail, signInWithForm } from "../fixtures";

// Each role's own start page: an owner of one institution lands on it and sees what to do next,
// a supplier's staff member always sees whom they act for, and Bits lands on the overview.

test("an owner of one institution lands on it, with 'Deres neste oppgaver' most urgent first", async ({ page }) => {
  const { start } = fixtures();
  await signInWithForm(page, start.owner.email, fixtures().password);
  await expect(page).toHaveURL(new RegExp(`/institutions/${start.institution.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: start.institution.name })).toBeVisible();

  const tasks = page.getByRole("region", { name: "Deres neste oppgaver" });
  await expect(tasks.getByRole("heading", { level: 2, name: "Deres neste oppgaver" })).toBeVisible();
  const items = tasks.getByRole("listitem");
  // overdue (oldest due date first), then due soon, then the rest in catalogue order; A-1 is done
  const order = await items.evaluateAll((els) => els.map((el) => `${el.getAttribute("data-step")}:${el.getAttribute("data-urgency")}`));
  expect(order.slice(0, 6)).toEqual(["A-5:OVERDUE", "A-3:OVERDUE", "A-4:DUE_SOON", "A-2:DUE_SOON", "A-6:AVAILABLE", "A-7:AVAILABLE"]);
  expect(order).not.toContain("A-1:AVAILABLE");
  await expect(items.nth(0).getByText("Forfalt", { exact: true })).toBeVisible();
  await expect(items.nth(2).getByText("Frist snart", { exact: true })).toBeVisible();
  // what is missing: A-2's evidence, A-7's block
  await expect(items.nth(3).getByText(/^Mangler: /)).toBeVisible();
  await expect(items.nth(5).getByText("Blokkert: Venter på avtale med banken")).toBeVisible();
  // and who it waits on, from the institution's side
  await expect(page.getByRole("region", { name: "Hvor står påkoblingen" }).getByText("Venter på dere")).toBeVisible();
  await expect(page.getByText("Venter på pensjonsinnretningen")).toHaveCount(0);

  await items.nth(0).getByRole("link", { name: /^A-5 / }).click();
  await expect(page).toHaveURL(new RegExp(`/institutions/${start.institution.id}/steps/A-5$`));
});

test("a supplier's staff member sees whom they act for, switches institution on the same sub-page, and sees their company", async ({ page }) => {
  const f = fixtures();
  const { A, B } = f.institutions;
  await signInAs(page, "supplier");
  await page.goto(`/institutions/${B.id}/steps/B-3`);
  const banner = page.getByTestId("supplier-banner");
  await expect(banner.getByText(`Du handler for ${B.name}`)).toBeVisible();
  await expect(banner.getByText("Du er logget inn som ansatt hos E2E Leverandør AS.")).toBeVisible();
  await expect(page.getByRole("banner").getByTestId("header-company").first()).toHaveText(/E2E Leverandør AS/);
  // "Hvem" names the supplier on the step it does for B
  await expect(page.getByText("Utføres av leverandøren (E2E Leverandør AS)")).toBeVisible();

  const switcher = banner.getByRole("navigation", { name: "Bytt pensjonsinnretning" });
  await switcher.getByRole("link", { name: A.name }).click();
  await expect(page).toHaveURL(new RegExp(`/institutions/${A.id}/steps/B-3$`));
  await expect(page.getByTestId("supplier-banner").getByText(`Du handler for ${A.name}`)).toBeVisible();
  // A has no supplier: the institution does B-3 itself
  await expect(page.getByText("Utføres av pensjonsinnretningen")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the supplier's switcher is plain links that keep the sub-page", async ({ page }) => {
    const { A, B } = fixtures().institutions;
    await signInAs(page, "supplier");
    await page.goto(`/institutions/${A.id}/activity`);
    await page.getByRole("navigation", { name: "Bytt pensjonsinnretning" }).getByRole("link", { name: B.name }).click();
    await expect(page).toHaveURL(new RegExp(`/institutions/${B.id}/activity$`));
    await expect(page.getByTestId("supplier-banner").getByText(`Du handler for ${B.name}`)).toBeVisible();
  });
});

test("the institution's own staff see no supplier banner", async ({ page }) => {
  await signInAsEmail(page, fixtures().users.ownerB.email);
  await page.goto(`/institutions/${fixtures().institutions.B.id}/steps/B-3`);
  await expect(page.getByRole("heading", { level: 1, name: /^B-3 / })).toBeVisible();
  await expect(page.getByTestId("supplier-banner")).toHaveCount(0);
  await expect(page.getByText("Utføres av leverandøren (E2E Leverandør AS)")).toBeVisible();
});

test("a coordinator lands on the dashboard after sign-in, and '/' with the overview's filters leads to the overview", async ({ page }) => {
  const b = fixtures().institutions.B;
  await signInWithForm(page, fixtures().users.coordinator.email, fixtures().password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashbord" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Hovedmeny" });
  await expect(nav.getByRole("link", { name: "Dashbord" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Oversikt" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Pensjonsinnretninger" })).toHaveCount(0);

  await page.goto(`/?q=${encodeURIComponent(b.name)}`);
  await expect(page).toHaveURL(new RegExp(`/overview\\?q=${encodeURIComponent(b.name).replace(/%20/g, "\\+")}$`));
  await expect(page.getByRole("status")).toHaveText(/^Viser 1 av \d+ pensjonsinnretninger$/);
  await expect(page.getByRole("link", { name: "Last ned oversikten (CSV)" })).toHaveAttribute("href", new RegExp(`q=${encodeURIComponent(b.name).replace(/%20/g, "\\+")}`));
});
