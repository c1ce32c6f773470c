import { expect, test, type Page } from "@playwright/test";
import { fixtures, signInAs } from "../fixtures";
import { hydrateOnNavigation } from "../hydration";

// Issue 13, invitations: pending ones are listed on the institution page and in the user admin,
// with "send again" (a new link; the old one dies) and "withdraw" (confirmed); inviting the same
// address again replaces its pending invitation.
const invalid = "Lenken er ikke gyldig. Sjekk at du har kopiert hele lenken.";

async function expectLink(page: Page, link: string, valid: boolean) {
  await page.goto(new URL(link).pathname);
  if (valid) await expect(page.getByText(/^Du er invitert til /)).toBeVisible();
  else await expect(page.getByText(invalid)).toBeVisible();
}

test("an owner sees pending invitations, re-invites (one live link), sends again and withdraws", async ({ page, browser }) => {
  test.slow(); // two people and several round trips
  const f = fixtures();
  const email = `ventende-${Date.now()}@e2e.example`;
  const visitor = hydrateOnNavigation(await (await browser.newContext()).newPage());
  hydrateOnNavigation(page);
  await signInAs(page, "ownerA");
  await page.goto(`/institutions/${f.institutions.A.id}`);
  const invite = async () => {
    await page.getByLabel("E-post", { exact: true }).fill(email);
    await page.getByRole("button", { name: "Lag invitasjon" }).click();
    await expect(page.getByText(`Invitasjonen til ${email} er laget.`)).toBeVisible();
    return page.getByRole("region", { name: "Inviter en ny bruker" }).getByLabel("Invitasjonslenke").inputValue();
  };
  const first = await invite();
  // the link is on the app's public URL (NEXTAUTH_URL), whichever host the page was opened on
  expect(first).toMatch(new RegExp(`^${process.env.E2E_PORT ? `http://localhost:${process.env.E2E_PORT}` : "http://localhost:\\d+"}/invitation/`));
  const pending = page.getByRole("region", { name: "Ventende invitasjoner" });
  const row = pending.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Medlem");
  await expect(row).toContainText(f.users.ownerA.name);

  // inviting again replaces it: still one row, only the new link works
  await page.reload();
  const second = await invite();
  expect(second).not.toBe(first);
  await page.reload();
  await expect(row).toHaveCount(1);
  await expectLink(visitor, first, false);
  await expectLink(visitor, second, true);

  // send again: a new link, shown once in the row; the previous one dies
  await row.getByRole("button", { name: `Send på nytt: invitasjonen til ${email}` }).click();
  const third = await row.getByLabel("Invitasjonslenke").inputValue();
  expect(third).not.toBe(second);
  await expectLink(visitor, second, false);
  await expectLink(visitor, third, true);

  // withdraw, confirmed in a dialog
  await row.getByRole("button", { name: `Trekk tilbake invitasjonen til ${email}` }).click();
  const dialog = page.getByRole("dialog", { name: `Trekke tilbake invitasjonen til ${email}?` });
  await expect(dialog.getByRole("button", { name: "Avbryt" })).toBeFocused();
  await dialog.getByRole("button", { name: "Trekk tilbake invitasjonen" }).click();
  await expect(row).toHaveCount(0);
  await expectLink(visitor, third, false);
  await visitor.context().close();
});

test("the user admin lists pending invitations of every institution, with where they lead", async ({ page }) => {
  const f = fixtures();
  const email = `admin-ventende-${Date.now()}@e2e.example`;
  hydrateOnNavigation(page);
  await signInAs(page, "coordinator");
  await page.goto(`/institutions/${f.institutions.B.id}`);
  await page.getByLabel("E-post", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Lag invitasjon" }).click();
  await expect(page.getByText(`Invitasjonen til ${email} er laget.`)).toBeVisible();

  await page.goto("/admin/users");
  const row = page.getByRole("region", { name: "Ventende invitasjoner" }).getByRole("row").filter({ hasText: email });
  await expect(row).toContainText(f.institutions.B.name);
  await row.getByRole("button", { name: `Trekk tilbake invitasjonen til ${email}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Trekk tilbake invitasjonen" }).click();
  await expect(row).toHaveCount(0);
});
