import { expect, test } from "../test";
import { fixtures, signInAs } from "../fixtures";
import { hydrateOnNavigation } from "../hydration";

test("an admin invites a coordinator who accepts; the admin disables, re-enables and promotes the account", async ({ page, browser }) => {
  // each action re-renders the users page, which lists every user (the demo's ~90 among them)
  test.setTimeout(180_000);
  const stamp = Date.now();
  const email = `koordinator-${stamp}@e2e.example`;
  const name = `Koordinator ${stamp}`;
  const password = "et-godt-langt-passord";
  await signInAs(page, "admin");
  await page.goto("/admin/users");

  const inviteCoordinator = page.getByRole("region", { name: "Inviter en koordinator" });
  await inviteCoordinator.getByLabel("E-post").fill(email);
  await inviteCoordinator.getByRole("button", { name: "Inviter koordinator" }).click();
  await expect(inviteCoordinator.getByText(`Invitasjonen til ${email} er laget.`)).toBeVisible({ timeout: 60_000 });
  const link = await inviteCoordinator.getByLabel("Invitasjonslenke").inputValue();

  const invitee = hydrateOnNavigation(await (await browser.newContext()).newPage());
  await invitee.goto(new URL(link).pathname);
  await invitee.getByLabel("Fullt navn").fill(name);
  await invitee.getByLabel("Velg passord").fill(password);
  await invitee.getByLabel("Gjenta passordet").fill(password);
  await invitee.getByRole("button", { name: "Opprett konto" }).click();
  await expect(invitee.getByText("Kontoen er opprettet. Du kan nå logge inn.")).toBeVisible();
  const signsIn = async () => {
    const { csrfToken } = await (await invitee.request.get("/api/auth/csrf")).json();
    await invitee.request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
    const session = await (await invitee.request.get("/api/auth/session")).json();
    await invitee.context().clearCookies();
    return session?.user?.email === email;
  };
  expect(await signsIn()).toBe(true);

  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row.getByRole("cell", { name: "Koordinator (Bits)", exact: true })).toBeVisible();

  await row.getByRole("button", { name: `Deaktiver ${name}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Deaktiver kontoen" }).click();
  await expect(row.getByRole("button", { name: `Aktiver ${name}` })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Deaktivert", exact: true })).toBeVisible();
  expect(await signsIn()).toBe(false);

  await row.getByRole("button", { name: `Aktiver ${name}` }).click();
  await expect(row.getByRole("button", { name: `Deaktiver ${name}` })).toBeVisible();
  expect(await signsIn()).toBe(true);

  await row.getByLabel(`Rolle for ${name}`).selectOption({ label: "Administrator" });
  await row.getByRole("button", { name: "Lagre rolle" }).click();
  await expect(row.getByRole("cell", { name: "Administrator", exact: true })).toBeVisible();
  await invitee.context().close();
});

test("an admin invites someone to an institution from the users page", async ({ page }) => {
  const f = fixtures();
  const email = `medlem-${Date.now()}@e2e.example`;
  await signInAs(page, "admin");
  await page.goto("/admin/users");
  const inviteToInstitution = page.getByRole("region", { name: "Inviter til en pensjonsinnretning" });
  await inviteToInstitution.getByRole("button", { name: "Lag invitasjon" }).click();
  await expect(inviteToInstitution.getByLabel("Pensjonsinnretning", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await inviteToInstitution.getByLabel("E-post").fill(email);
  await inviteToInstitution.getByLabel("Pensjonsinnretning", { exact: true }).selectOption({ label: f.institutions.B.name });
  await inviteToInstitution.getByRole("button", { name: "Lag invitasjon" }).click();
  await expect(inviteToInstitution.getByText(`Invitasjonen til ${email} er laget.`)).toBeVisible();
  await expect(inviteToInstitution.getByLabel("Invitasjonslenke")).toHaveValue(/\/invitation\/[A-Za-z0-9_-]{40,}$/);
});
