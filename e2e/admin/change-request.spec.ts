import { expect, test } from "../test";
import { query } from "../access/db";
import { fixtures, signInAsEmail } from "../fixtures";
import { freshOrgnr } from "../fresh-orgnr";
import { sessionAs } from "../checklist/helpers";

// Issue 13: what decides the checklist (org number, BLP membership, the supplier) only Bits
// changes. An owner (of an institution of this spec's own) asks; a coordinator approves in the
// Bits queue; the owner then sees the decision and the new facts.
test("an owner asks for a supplier change, Bits approves it in the queue, the owner sees it applied", async ({ page, browser }) => {
  test.slow(); // two people and several round trips
  const f = fixtures();
  const inst = { id: `change-${freshOrgnr()}`, name: `Endring ${freshOrgnr()}`, orgnr: freshOrgnr() };
  const owner = { id: `change-owner-${inst.orgnr}`, email: `eier-${inst.orgnr}@e2e.example`, name: `Eier ${inst.orgnr}` };
  await query(`INSERT INTO "Institution" (id, orgnr, name, "blpMember", "updatedAt") VALUES ($1, $2, $3, false, now())`, [inst.id, inst.orgnr, inst.name]);
  // the same password as every e2e account
  await query(`INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") SELECT $1, $2, $3, 'INSTITUTION_USER', "passwordHash", now() FROM "User" WHERE id = $4`,
    [owner.id, owner.email, owner.name, f.users.ownerB.id]);
  await query(`INSERT INTO "Membership" (id, "userId", "institutionId", "memberRole") VALUES ($1, $2, $3, 'OWNER')`, [`m-${owner.id}`, owner.id, inst.id]);

  await signInAsEmail(page, owner.email);
  await page.goto(`/institutions/${inst.id}/edit`);
  // the facts are shown, not editable
  await expect(page.getByTestId("locked-facts")).toContainText(inst.orgnr);
  await expect(page.getByRole("region", { name: `Endre ${inst.name}` }).getByLabel("Leverandørens organisasjonsnummer")).toHaveCount(0);

  const request = page.getByRole("region", { name: "Be Bits endre grunnopplysningene" });
  await request.getByLabel("Leverandørens organisasjonsnummer").fill("974760673");
  await request.getByLabel("Leverandørens navn").fill("Pensjonsdrift Leverandør AS");
  await request.getByLabel("Hvorfor skal dette endres?").fill("Vi har satt integrasjonen ut til en leverandør.");
  await request.getByRole("button", { name: "Send endringsforespørsel" }).click();
  // the open request replaces the form
  const latest = page.getByRole("region", { name: "Siste endringsforespørsel" });
  await expect(latest).toContainText("Venter på Bits");
  await expect(latest).toContainText("– → Pensjonsdrift Leverandør AS");
  await expect(page.getByRole("button", { name: "Send endringsforespørsel" })).toHaveCount(0);

  const bits = await sessionAs(browser, "coordinator");
  await bits.goto("/bits-queue");
  const item = bits.getByRole("region", { name: "Endringsforespørsler" }).getByRole("listitem", { name: inst.name });
  await expect(item).toContainText("Vi har satt integrasjonen ut til en leverandør.");
  await expect(item).toContainText(owner.name);
  await item.getByRole("button", { name: `Godkjenn og endre: forespørselen fra ${inst.name}` }).click();
  // decided: it leaves the queue
  await expect(item).toHaveCount(0);
  const rows = await query<{ supplierName: string | null }>(`SELECT "supplierName" FROM "Institution" WHERE id = $1`, [inst.id]);
  expect(rows[0].supplierName).toBe("Pensjonsdrift Leverandør AS");
  await bits.context().close();

  await page.reload();
  await expect(page.getByRole("region", { name: "Siste endringsforespørsel" })).toContainText("Godkjent");
  await expect(page.getByTestId("locked-facts")).toContainText("Pensjonsdrift Leverandør AS");
});
