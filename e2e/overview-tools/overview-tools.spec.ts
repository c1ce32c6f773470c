import { randomUUID } from "node:crypto";
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expect, test } from "../test";
import { fixtures, signInAs } from "../fixtures";
import { query } from "../access/db";
import { invokeAction } from "../access/invoke-action";
import { serverActions } from "../access/app-routes";
import { freshOrgnr } from "../fresh-orgnr";

// Issue 15's overview tools on institutions of this test's own (no other test sees them):
// sortable headers, filters that apply as they change, a saved and a shared view, each bulk
// action, and the refusal of a selection holding an institution the actor may not change.

// several pages and actions per test on a machine shared by many builds
test.describe.configure({ timeout: 180_000 });

interface TPortfolio { run: string; ids: string[]; names: string[]; owners: string[] }

/** Two fresh institutions, each with an owner of its own (the reminders' recipients). */
async function portfolio(): Promise<TPortfolio> {
  const run = `Portefølje ${randomUUID().slice(0, 8)}`;
  const out: TPortfolio = { run, ids: [], names: [], owners: [] };
  for (const [i, target] of [["1", "2031-06-01"], ["2", "2030-01-01"]] as const) {
    const id = `e2e-pf-${randomUUID()}`;
    const userId = `e2e-pf-user-${randomUUID()}`;
    const email = `eier-${randomUUID().slice(0, 8)}@e2e.example`;
    await query(`INSERT INTO "Institution" (id, orgnr, name, "targetProductionDate", "updatedAt") VALUES ($1, $2, $3, $4::date, now())`, [id, freshOrgnr(), `${run} ${i}`, target]);
    await query(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, $3, now())`, [userId, email, `Eier ${i}`]);
    await query(`INSERT INTO "Membership" (id, "userId", "institutionId", "memberRole") VALUES ($1, $2, $3, 'OWNER')`, [`e2e-pf-m-${randomUUID()}`, userId, id]);
    out.ids.push(id);
    out.names.push(`${run} ${i}`);
    out.owners.push(email);
  }
  return out;
}

const rowNames = async (page: Page) => (await page.getByRole("table").getByRole("rowheader").allInnerTexts()).map((t) => t.split("\n")[0].trim());
const header = (page: Page, name: string) => page.getByRole("columnheader", { name, exact: true });

test("headers sort the overview (links with aria-sort) and filters apply as they change", async ({ page }) => {
  const p = await portfolio();
  await signInAs(page, "coordinator");
  await page.goto(`/overview?q=${encodeURIComponent(p.run)}`);
  expect(await rowNames(page)).toEqual(p.names);
  await expect(header(page, "Pensjonsinnretning")).toHaveAttribute("aria-sort", "ascending");

  await header(page, "Pensjonsinnretning").getByRole("link").click();
  await expect(page).toHaveURL(/sort=name&dir=desc/);
  await expect(header(page, "Pensjonsinnretning")).toHaveAttribute("aria-sort", "descending");
  expect(await rowNames(page)).toEqual([...p.names].reverse());

  await header(page, "Måldato").getByRole("link").click();
  await expect(page).toHaveURL(/sort=target/);
  await expect(header(page, "Måldato")).toHaveAttribute("aria-sort", "ascending");
  await expect(header(page, "Pensjonsinnretning")).not.toHaveAttribute("aria-sort", /.+/);
  expect(await rowNames(page)).toEqual([p.names[1], p.names[0]]); // 2030 before 2031

  // a filter applies on change, without the button; nobody is responsible for them yet (flagged)
  const filters = page.getByRole("search", { name: "Søk og filtre" });
  await expect(page.getByRole("table").getByText("Ingen ansvarlig")).toHaveCount(2);
  await filters.getByLabel("Ansvarlig").selectOption({ label: "Mine" });
  await expect(page).toHaveURL(/owner=mine/);
  await expect(page.getByRole("status").filter({ hasText: /^Viser 0 av/ })).toBeVisible();
  await filters.getByLabel("Ansvarlig").selectOption({ label: "Uten ansvarlig" });
  await expect(page).toHaveURL(/owner=none/);
  expect(await rowNames(page)).toEqual([p.names[1], p.names[0]]);
});

test("a coordinator saves a view and shares it; another coordinator applies it but cannot change it", async ({ page, browser }) => {
  const p = await portfolio();
  const f = fixtures();
  const name = `Visning ${p.run}`;
  await signInAs(page, "coordinator");
  await page.goto(`/overview?q=${encodeURIComponent(p.run)}&sort=target&page=1`);
  const views = page.getByRole("region", { name: "Lagrede visninger" });
  await views.getByLabel("Navn på visningen").fill(name);
  await views.getByLabel("Del med teamet").check();
  await views.getByRole("button", { name: "Lagre visning" }).click();
  await expect(views.getByText("Visningen er lagret.")).toBeVisible();
  const link = views.getByRole("link", { name });
  await expect(link).toHaveAttribute("aria-current", "true");
  await expect(link).toHaveAttribute("href", `/overview?q=${encodeURIComponent(p.run).replace(/%20/g, "+")}&sort=target`);
  const [{ query: stored }] = await query<{ query: string }>(`SELECT query FROM "SavedView" WHERE name = $1`, [name]);
  expect(stored).toBe(`q=${encodeURIComponent(p.run).replace(/%20/g, "+")}&sort=target`);

  const other = await browser.newPage();
  try {
    await signInAs(other, "admin");
    await other.goto("/overview");
    const shared = other.getByRole("region", { name: "Lagrede visninger" }).getByRole("listitem").filter({ hasText: name });
    await expect(shared).toContainText(`Delt av ${f.users.coordinator.name}`);
    await expect(shared.getByRole("button")).toHaveCount(0); // not theirs: no rename, share or delete
    await shared.getByRole("link", { name }).click();
    await expect(other).toHaveURL(/sort=target/);
    expect(await rowNames(other)).toEqual([p.names[1], p.names[0]]);
  } finally {
    await other.close();
  }

  // the owner renames, stops sharing and deletes it
  const mine = views.getByRole("listitem").filter({ hasText: name });
  await mine.locator("summary", { hasText: "Gi nytt navn" }).click();
  await mine.getByLabel(`Nytt navn på «${name}»`).fill(`${name} (ny)`);
  await mine.getByRole("button", { name: "Gi nytt navn" }).click();
  await expect(views.getByRole("link", { name: `${name} (ny)` })).toBeVisible();
  const renamed = views.getByRole("listitem").filter({ hasText: `${name} (ny)` });
  await renamed.getByRole("button", { name: `Slutt å dele «${name} (ny)»` }).click();
  await expect(renamed.getByRole("button", { name: `Del «${name} (ny)» med teamet` })).toBeVisible();
  await renamed.getByRole("button", { name: `Slett visningen «${name} (ny)»` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Slett visningen" }).click();
  await expect(views.getByRole("link", { name: `${name} (ny)` })).toHaveCount(0);
  expect(await query(`SELECT id FROM "SavedView" WHERE name LIKE $1`, [`${name}%`])).toEqual([]);
});

async function selectAll(page: Page, p: TPortfolio) {
  await page.goto(`/overview?q=${encodeURIComponent(p.run)}`);
  await page.getByLabel("Velg alle på siden").check();
  await expect(page.getByTestId("bulk-count")).toHaveText("2 valgt");
}

async function confirm(page: Page) {
  await page.getByRole("dialog").getByRole("button", { name: "Ja, utfør" }).click();
}

test("bulk actions: set a due date, assign the coordinator, remind, export the selection", async ({ page }) => {
  const p = await portfolio();
  const f = fixtures();
  await signInAs(page, "coordinator");
  await selectAll(page, p);
  const bar = page.getByRole("form", { name: "Handlinger for valgte" });

  await bar.getByLabel("Steg", { exact: true }).selectOption("B-1");
  await bar.getByLabel("Ny frist").fill("15.01.2031");
  await bar.getByRole("button", { name: "Sett frist" }).click();
  await expect(page.getByRole("dialog")).toContainText("Fristen for steg B-1 settes til 15.01.2031");
  await confirm(page);
  await expect(bar.getByText("2 pensjonsinnretninger endret.")).toBeVisible();
  const due = await query<{ d: string }>(`SELECT "dueDate"::text AS d FROM "InstitutionStep" WHERE "stepKey" = 'B-1' AND "institutionId" = ANY($1) ORDER BY 1`, [p.ids]);
  expect(due.map((r) => r.d)).toEqual(["2031-01-15", "2031-01-15"]);
  expect(await query(`SELECT id FROM "AuditEvent" WHERE action = 'step.update' AND "institutionId" = ANY($1)`, [p.ids])).toHaveLength(2);

  await selectAll(page, p);
  await bar.getByLabel("Koordinator", { exact: true }).selectOption(f.users.admin.id);
  await bar.getByRole("button", { name: "Tildel" }).click();
  await expect(page.getByRole("dialog")).toContainText(`Ansvarlig koordinator settes til ${f.users.admin.name}`);
  await confirm(page);
  await expect(bar.getByText("2 pensjonsinnretninger endret.")).toBeVisible();
  await expect(page.getByRole("table").getByText(f.users.admin.name)).toHaveCount(2);
  const owners = await query<{ r: string }>(`SELECT "responsibleCoordinatorId" AS r FROM "Institution" WHERE id = ANY($1)`, [p.ids]);
  expect(owners.map((o) => o.r)).toEqual([f.users.admin.id, f.users.admin.id]);

  await selectAll(page, p);
  await bar.getByLabel("Melding (valgfritt)").fill("Husk B-1");
  await bar.getByRole("button", { name: "Send påminnelse" }).click();
  await confirm(page);
  await expect(bar.getByText(/Påminnelser sendt til 2 pensjonsinnretninger: 2 personer varslet i Ajour/)).toBeVisible();
  const reminders = await query<{ after: { recipients: string[]; message: string } }>(`SELECT after FROM "AuditEvent" WHERE action = 'institution.reminder' AND "institutionId" = ANY($1)`, [p.ids]);
  expect(reminders.flatMap((r) => r.after.recipients).sort()).toEqual([...p.owners].sort());
  expect(reminders.every((r) => r.after.message === "Husk B-1")).toBe(true);
  // each owner has the reminder in their inbox (issue 14's notifications)
  const inbox = await query<{ n: string }>(`SELECT count(*) AS n FROM "Notification" WHERE kind = 'reminder' AND "institutionId" = ANY($1)`, [p.ids]);
  expect(Number(inbox[0].n)).toBe(2);

  await selectAll(page, p);
  const started = page.waitForEvent("download");
  await bar.getByRole("button", { name: "Eksporter valgte (CSV)" }).click();
  const file = await (await started).path();
  const [head, ...rows] = parse(fs.readFileSync(file, "utf8").slice(1), { delimiter: ";" }) as string[][];
  expect(rows.map((r) => r[head.indexOf("Navn")] ?? r[1]).sort()).toEqual([...p.names].sort());
  expect(rows.map((r) => r[head.indexOf("Ansvarlig koordinator")])).toEqual([f.users.admin.name, f.users.admin.name]);
});

test("a selection holding an institution the actor may not change is refused whole", async ({ page }) => {
  const p = await portfolio();
  const f = fixtures();
  await signInAs(page, "coordinator");
  await selectAll(page, p);
  // one checkbox now names an institution that does not exist (deleted meanwhile, or forged)
  await page.locator(`input[name="ids"][value="${p.ids[1]}"]`).evaluate((el) => ((el as HTMLInputElement).value = "e2e-no-such-institution"));
  const bar = page.getByRole("form", { name: "Handlinger for valgte" });
  await bar.getByLabel("Koordinator", { exact: true }).selectOption(f.users.admin.id);
  await bar.getByRole("button", { name: "Tildel" }).click();
  await confirm(page);
  await expect(bar.getByRole("alert")).toContainText("Ingenting ble endret");
  const owners = await query<{ r: string | null }>(`SELECT "responsibleCoordinatorId" AS r FROM "Institution" WHERE id = ANY($1)`, [p.ids]);
  expect(owners.map((o) => o.r)).toEqual([null, null]);
  expect(await query(`SELECT id FROM "AuditEvent" WHERE action = 'institution.ownership' AND "institutionId" = ANY($1)`, [p.ids])).toEqual([]);

  // an owner forging the action for their own institution and one of these: refused, nothing written
  const actionId = serverActions().find((a) => `${a.filename}#${a.exportedName}` === "app/overview/actions.ts#bulkOverviewAction")!.id;
  await signInAs(page, "ownerA");
  const { result } = await invokeAction(page.request, {
    pagePath: "/overview",
    actionId,
    fields: { op: "assign", ids: p.ids[0], coordinatorId: f.users.coordinator.id },
    withPrevState: true,
  });
  expect((result as { ok?: boolean }).ok).toBe(false);
  expect((await query<{ r: string | null }>(`SELECT "responsibleCoordinatorId" AS r FROM "Institution" WHERE id = $1`, [p.ids[0]]))[0].r).toBeNull();
});
