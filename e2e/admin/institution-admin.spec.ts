import { expect, test } from "../test";
import { signInAs } from "../fixtures";
import { freshOrgnr } from "../fresh-orgnr";

test("a coordinator registers an institution, is told what is wrong, and edits it afterwards", async ({ page }) => {
  const name = `E2E Pensjonskasse ${Date.now()}`;
  const orgnr = freshOrgnr();
  await signInAs(page, "coordinator");
  await page.goto("/admin/institutions/new");

  // a wrong check digit: a clear error, the form keeps what was typed, nothing is created
  await page.getByLabel("Navn", { exact: true }).fill(name);
  await page.getByLabel("Organisasjonsnummer", { exact: true }).fill("974760674");
  await page.getByRole("button", { name: "Registrer pensjonsinnretningen" }).click();
  // said in the error summary (focused) and at the field
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await expect(page.getByTestId("error-summary").getByRole("link", { name: /kontrollsifferet\) stemmer ikke/ })).toBeVisible();
  await expect(page.getByLabel("Organisasjonsnummer", { exact: true })).toHaveAccessibleDescription(/kontrollsifferet\) stemmer ikke/);
  await expect(page.getByLabel("Navn", { exact: true })).toHaveValue(name);
  await expect(page).toHaveURL(/\/admin\/institutions\/new$/);

  await page.getByLabel("Organisasjonsnummer", { exact: true }).fill(orgnr);
  await page.getByRole("button", { name: "Registrer pensjonsinnretningen" }).click();
  await expect(page).toHaveURL(/\/institutions\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const institutionPath = new URL(page.url()).pathname;

  // the same org number again is refused by the use-case, on the field
  await page.goto("/admin/institutions/new");
  await page.getByLabel("Navn", { exact: true }).fill(`${name} (kopi)`);
  await page.getByLabel("Organisasjonsnummer", { exact: true }).fill(orgnr);
  await page.getByRole("button", { name: "Registrer pensjonsinnretningen" }).click();
  await expect(page.getByText("En pensjonsinnretning med dette organisasjonsnummeret finnes allerede.").first()).toBeVisible();

  await page.goto(`${institutionPath}/edit`);
  await page.getByLabel("Navn", { exact: true }).fill(`${name} AS`);
  await page.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Endringene er lagret." })).toBeFocused();
  await page.goto(institutionPath);
  await expect(page.getByRole("heading", { level: 1, name: `${name} AS` })).toBeVisible();
});
