import { expect, test } from "../test";
import { expectNoAxeViolations } from "../axe";
import { fixtures, signInAs, signInWithForm } from "../fixtures";
import { hydrateOnNavigation } from "../hydration";
import { query } from "../access/db";

test("an owner invites a new member who accepts, signs in and sees the institution", async ({ page, browser }) => {
  const f = fixtures();
  const email = `invitert-${Date.now()}@e2e.example`;
  await signInAs(page, "ownerA");
  await page.goto(`/institutions/${f.institutions.A.id}`);
  await page.getByLabel("E-post", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Lag invitasjon" }).click();
  await expect(page.getByText(`Invitasjonen til ${email} er laget.`)).toBeVisible();
  const link = await page.getByLabel("Invitasjonslenke").inputValue();
  expect(link).toMatch(/\/invitation\/[A-Za-z0-9_-]{40,}$/);

  const invitee = hydrateOnNavigation(await (await browser.newContext()).newPage());
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByText(`Du er invitert til ${f.institutions.A.name}`)).toBeVisible();
  await invitee.getByLabel("Fullt navn").fill("Ny Medarbeider");
  await invitee.getByLabel("Velg passord").fill("kort");
  await invitee.getByLabel("Gjenta passordet").fill("kort");
  await invitee.getByRole("button", { name: "Opprett konto" }).click();
  // wait for the refusal itself ("Minst 12 tegn." is also the static hint), so the next fill
  // is not overwritten by React resetting the form after that first action
  await expect(invitee.getByText("Passordet må ha minst 12 tegn.").first()).toBeVisible();
  await invitee.getByLabel("Velg passord").fill("et-godt-langt-passord");
  await invitee.getByLabel("Gjenta passordet").fill("et-godt-langt-passord");
  await invitee.getByRole("button", { name: "Opprett konto" }).click();
  await expect(invitee.getByText("Kontoen er opprettet. Du kan nå logge inn.")).toBeVisible();

  // the link works once only
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByText(/allerede brukt/)).toBeVisible();

  // a member of one institution lands on it after signing in
  await signInWithForm(invitee, email, "et-godt-langt-passord");
  await expect(invitee.getByRole("heading", { level: 1, name: f.institutions.A.name })).toBeVisible();
  await expect(invitee.getByRole("link", { name: f.institutions.B.name })).toHaveCount(0);

  // the owner sees the new member on the institution page, and the audit trail has the events
  await page.reload();
  await expect(page.getByRole("cell", { name: email })).toBeVisible();
});

test("an existing account accepts an invitation only by signing in first; the page does not tell that it exists", async ({ page, browser }) => {
  const f = fixtures();
  const invitee = f.existingInvitee;
  await signInAs(page, "ownerA");
  await page.goto(`/institutions/${f.institutions.A.id}`);
  await page.getByLabel("E-post", { exact: true }).fill(invitee.email);
  await page.getByRole("button", { name: "Lag invitasjon" }).click();
  await expect(page.getByText(`Invitasjonen til ${invitee.email} er laget.`)).toBeVisible();
  const path = new URL(await page.getByLabel("Invitasjonslenke").inputValue()).pathname;

  const other = hydrateOnNavigation(await (await browser.newContext()).newPage());
  await other.goto(path);
  // the same page as for a new address: "create an account" and "sign in to accept", no password field for an account
  await expect(other.getByLabel("Fullt navn")).toBeVisible();
  await expect(other.getByLabel("Passordet ditt")).toHaveCount(0);
  await expect(other.getByText(/allerede en konto\. Bekreft/)).toHaveCount(0);
  // "create an account" for an address that has one gives no password check, only "sign in"
  await other.getByLabel("Fullt navn").fill("Gjetter");
  await other.getByLabel("Velg passord").fill(f.password);
  await other.getByLabel("Gjenta passordet").fill(f.password);
  await other.getByRole("button", { name: "Opprett konto" }).click();
  await expect(other.getByText("Kontoen ble ikke opprettet. Har du allerede en konto, logger du inn for å ta imot invitasjonen.")).toBeVisible();

  await other.getByRole("link", { name: "Logg inn for å ta imot invitasjonen." }).click();
  await expect(other).toHaveURL(/\/sign-in\?callbackUrl=/);
  await signInWithForm(other, invitee.email, f.password, { navigate: false });
  await expect(other).toHaveURL(new RegExp(`${path}$`));
  await expect(other.getByText("Du er logget inn med denne adressen og kan ta imot invitasjonen.")).toBeVisible();
  await other.getByRole("button", { name: "Ta imot invitasjonen" }).click();
  await expect(other.getByText("Invitasjonen er tatt imot.")).toBeVisible();
  // their one institution is now their start page
  await other.goto("/");
  await expect(other.getByRole("heading", { level: 1, name: f.institutions.A.name })).toBeVisible();
});

test("a new account's password must be hard to guess, and the page says why", async ({ page, browser }) => {
  const f = fixtures();
  const email = `svakt-${Date.now()}@e2e.example`;
  await signInAs(page, "ownerA");
  await page.goto(`/institutions/${f.institutions.A.id}`);
  await page.getByLabel("E-post", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Lag invitasjon" }).click();
  await expect(page.getByText(`Invitasjonen til ${email} er laget.`)).toBeVisible();
  const invitee = hydrateOnNavigation(await (await browser.newContext()).newPage());
  await invitee.goto(new URL(await page.getByLabel("Invitasjonslenke").inputValue()).pathname);
  await invitee.getByLabel("Fullt navn").fill("Svak Passordsen");
  await invitee.getByLabel("Velg passord").fill("aaaaaaaaaaaa");
  await invitee.getByLabel("Gjenta passordet").fill("aaaaaaaaaaaa");
  await invitee.getByRole("button", { name: "Opprett konto" }).click();
  await expect(invitee.getByText(/Passordet er for lett å gjette\..*Gjentatte tegn som «aaa» er lette å gjette\./).first()).toBeVisible();
  expect(await query(`SELECT id FROM "User" WHERE email = $1`, [email])).toHaveLength(0);
});

test("an unknown invitation link says it is not valid", async ({ page }) => {
  await page.goto("/invitation/dette-er-ikke-en-gyldig-lenke");
  await expect(page.getByText("Lenken er ikke gyldig.", { exact: false })).toBeVisible();
});

test("admin pages have no axe violations", async ({ page }) => {
  test.setTimeout(120_000); // axe is slow on a loaded 2-core machine
  await signInAs(page, "admin");
  for (const path of ["/admin/users", "/admin/institutions/new", `/institutions/${fixtures().institutions.A.id}`, `/institutions/${fixtures().institutions.A.id}/edit`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test("the audit trail shows who changed an institution and when", async ({ page }) => {
  const f = fixtures();
  await signInAs(page, "coordinator");
  await page.goto(`/audit?institutionId=${f.institutions.B.id}`);
  // a sentence, not the code "institution.create"; the factory's "seed" actor is Ajour itself
  const row = page.getByRole("row").filter({ hasText: `Pensjonsinnretningen ${f.institutions.B.name} ble registrert` });
  await expect(row).toBeVisible();
  await expect(row).toContainText("Ajour (automatisk)");
  await expect(row).toContainText(/\d{1,2}\. [a-zæøå]+\.? \d{4} kl\. \d{2}:\d{2}/);
  await expect(page.getByRole("table", { name: "Revisjonslogg" })).not.toContainText("institution.create");
});
