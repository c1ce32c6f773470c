import { expect, test } from "../test";
import { fixtures, signInAs } from "../fixtures";

// Search, filters and sort live in the URL (a GET form): they survive a reload and can be shared.
// Only facts no other test changes are asserted: names, suppliers, and that institution B (no
// test changes its steps) is in phase A.

test("a coordinator searches, filters by supplier and phase, sorts, and resets the overview", async ({ page }) => {
  const f = fixtures();
  const [a, b, c] = [f.institutions.A, f.institutions.B, f.wholeOnboarding.institution];
  const run = a.name.split(" ").at(-1)!; // this run's suffix, shared by its institutions' names
  const filters = page.getByRole("search", { name: "Søk og filtre" });
  const shown = () => page.getByRole("table").getByRole("rowheader").allInnerTexts();
  const names = async () => (await shown()).map((text) => [a, b, c].find((i) => text.includes(i.name))?.name ?? text);

  await signInAs(page, "coordinator");
  await page.goto("/overview");
  await filters.getByLabel("Søk på navn eller org.nr.").fill(run);
  await filters.getByRole("button", { name: "Bruk" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${run}`));
  await expect(page.getByRole("status")).toHaveText(/^Viser 3 av \d+ pensjonsinnretninger$/);
  expect(await names()).toEqual([a.name, b.name, c.name]); // by name, the default

  await filters.getByLabel("Har tredjepartsleverandør").check();
  await filters.getByLabel("Sorter etter").selectOption({ label: "Måldato" }); // none set: by name
  await filters.getByRole("button", { name: "Bruk" }).click();
  await expect(page).toHaveURL(/thirdParty=on/);
  await expect(page).toHaveURL(/sort=target/);
  await expect(page.getByRole("status")).toHaveText(/^Viser 2 av \d+ pensjonsinnretninger$/);
  expect(await names()).toEqual([b.name, c.name]);

  // the filtered view is in the URL: a reload keeps it, and the form shows what is applied
  await page.reload();
  await expect(filters.getByLabel("Har tredjepartsleverandør")).toBeChecked();
  await expect(filters.getByLabel("Søk på navn eller org.nr.")).toHaveValue(run);
  expect(await names()).toEqual([b.name, c.name]);

  await filters.getByLabel("Fase").selectOption({ label: "A – Forberedelse" });
  await filters.getByRole("button", { name: "Bruk" }).click();
  await expect(page).toHaveURL(/phase=A/);
  expect(await names()).toContain(b.name);
  await filters.getByLabel("Fase").selectOption({ label: "D – Produksjon" });
  await filters.getByRole("button", { name: "Bruk" }).click();
  await expect(page).toHaveURL(/phase=D/);
  await expect(page.getByRole("rowheader", { name: new RegExp(b.name) })).toHaveCount(0);

  await filters.getByRole("link", { name: "Nullstill" }).click();
  await expect(page).toHaveURL(/\/overview$/);
  await expect(filters.getByLabel("Har tredjepartsleverandør")).not.toBeChecked();
});

test("a filter value the overview does not know is reported, not obeyed", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto("/overview?phase=Z&sort=random");
  await expect(page.getByRole("alert").filter({ hasText: "Filteret var ugyldig og er nullstilt." })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/^Viser \d+ av \d+ pensjonsinnretninger$/);
});
