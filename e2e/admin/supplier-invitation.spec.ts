import { expect, test } from "../test";
import { expectNoAxeViolations } from "../axe";
import { fixtures, signInAs, signInWithForm } from "../fixtures";
import { hydrateOnNavigation } from "../hydration";
import { query } from "../access/db";
import { freshOrgnr } from "../fresh-orgnr";

// Issue 13: a supplier's employee invited through the app is the supplier's staff: the inviter
// chooses "employed by the supplier", and after accepting the invitee sees whom they act for and
// their own company. Bits sees and changes the affiliation on the users page.

test("an owner invites a supplier employee, who accepts and sees the supplier banner, switcher and company", async ({ page, browser }) => {
  test.slow(); // two browsers, an axe scan and three sign-ins
  const f = fixtures();
  const B = f.institutions.B;
  const email = `leverandor-${Date.now()}@e2e.example`;
  await signInAs(page, "ownerB");
  await page.goto(`/institutions/${B.id}`);
  const employer = page.getByRole("group", { name: "Arbeidsgiver" });
  await expect(employer.getByRole("radio", { name: `Ansatt i ${B.name}` })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByLabel("E-post", { exact: true }).fill(email);
  await employer.getByRole("radio", { name: "Ansatt hos leverandøren E2E Leverandør AS" }).check();
  await page.getByRole("button", { name: "Lag invitasjon" }).click();
  await expect(page.getByText(`Invitasjonen til ${email} er laget.`)).toBeVisible({ timeout: 45_000 });
  const link = await page.getByLabel("Invitasjonslenke").inputValue();
  expect((await query<{ supplierOrgnr: string | null }>(`SELECT "supplierOrgnr" FROM "Invitation" WHERE email = $1`, [email]))[0].supplierOrgnr).toBe("999999999");

  const invitee = hydrateOnNavigation(await (await browser.newContext()).newPage());
  await invitee.goto(new URL(link).pathname);
  await invitee.getByLabel("Fullt navn").fill("Lise Leverandør");
  await invitee.getByLabel("Velg passord").fill("et-godt-langt-passord");
  await invitee.getByLabel("Gjenta passordet").fill("et-godt-langt-passord");
  await invitee.getByRole("button", { name: "Opprett konto" }).click();
  await expect(invitee.getByText("Kontoen er opprettet. Du kan nå logge inn.")).toBeVisible();

  await signInWithForm(invitee, email, "et-godt-langt-passord");
  await expect(invitee.getByRole("heading", { level: 1, name: B.name })).toBeVisible();
  const banner = invitee.getByTestId("supplier-banner");
  await expect(banner.getByText(`Du handler for ${B.name}`)).toBeVisible();
  await expect(banner.getByText("Du er logget inn som ansatt hos E2E Leverandør AS.")).toBeVisible();
  await expect(invitee.getByRole("banner").getByTestId("header-company").first()).toHaveText(/E2E Leverandør AS/);

  // with a second institution of the same supplier, the switcher goes between them
  const second = { id: `sup-${Date.now()}`, name: `Leverandørkunde ${Date.now()}` };
  await query(`INSERT INTO "Institution" (id, orgnr, name, "supplierOrgnr", "supplierName", "updatedAt") VALUES ($1, $2, $3, '999999999', 'E2E Leverandør AS', now())`, [second.id, freshOrgnr(), second.name]);
  const [{ id: userId }] = await query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  await query(`INSERT INTO "Membership" (id, "userId", "institutionId", "memberRole") VALUES ($1, $2, $3, 'MEMBER')`, [`m-${second.id}`, userId, second.id]);
  await invitee.goto(`/institutions/${B.id}`);
  const switcher = invitee.getByTestId("supplier-banner").getByRole("navigation", { name: "Bytt pensjonsinnretning" });
  await switcher.getByRole("link", { name: second.name }).click();
  await expect(invitee.getByTestId("supplier-banner").getByText(`Du handler for ${second.name}`)).toBeVisible();
});

test("a coordinator sees a user's supplier on the users page and changes it, audited", async ({ page }) => {
  const f = fixtures();
  const email = `egen-ansatt-${Date.now()}@e2e.example`;
  const [user] = await query<{ id: string }>(`INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ($1, $2, 'Egil Egen', 'INSTITUTION_USER', now()) RETURNING id`, [`u-${Date.now()}`, email]);
  await query(`INSERT INTO "Membership" (id, "userId", "institutionId", "memberRole") VALUES ($1, $2, $3, 'MEMBER')`, [`m-${Date.now()}`, user.id, f.institutions.B.id]);

  await signInAs(page, "coordinator");
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = page.getByRole("row", { name: /Egil Egen/ });
  await expect(row.getByRole("cell").nth(2)).toHaveText("–");
  await row.getByLabel("Ansatt hos leverandør (Egil Egen)").selectOption({ label: "E2E Leverandør AS (999999999)" });
  await row.getByRole("button", { name: "Lagre leverandør" }).click();
  await expect(row.getByText("Leverandørtilknytningen er lagret.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("row", { name: /Egil Egen/ }).getByRole("cell").nth(2)).toHaveText("E2E Leverandør AS (999999999)");
  const events = await query<{ actor: string; after: { supplierOrgnr: string | null } }>(`SELECT actor, after FROM "AuditEvent" WHERE action = 'user.supplier.change' AND subject = $1`, [`user:${user.id}`]);
  expect(events).toHaveLength(1);
  expect(events[0].actor).toBe(f.users.coordinator.email);
  expect(events[0].after.supplierOrgnr).toBe("999999999");
});
