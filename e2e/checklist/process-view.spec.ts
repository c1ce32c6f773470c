import { expect, test } from "../test";
import { query } from "../access/db";
import { expectNoAxeViolations } from "../axe";
import { signInAs } from "../fixtures";
import { freshOrgnr } from "../fresh-orgnr";
import { getCatalogue, isStepApplicable } from "../../lib/onboarding";
import { phaseItem, processList, stepPath } from "./helpers";

// The institution page's process view (issue 12): phases A–D as an ordered list, the current
// phase marked aria-current="step", finished phases collapsed with the day they were finished.
// Its own institution, made here: phase A done (its last step closed 16 Nov 2026 in Oslo time),
// B-1 begun, nothing else recorded. No other spec touches it.
const PROFILE = { blpMember: false, hasSupplier: false };
const PHASE_A = getCatalogue().steps.filter((s) => s.phase === "A" && isStepApplicable(s, PROFILE)).map((s) => s.key);
const TOTAL = getCatalogue().steps.filter((s) => isStepApplicable(s, PROFILE)).length;
const inst = { id: `process-${freshOrgnr()}`, name: `Prosessvisning ${freshOrgnr()}` };

test.beforeAll(async () => {
  await query(`INSERT INTO "Institution" (id, orgnr, name, "blpMember", "updatedAt") VALUES ($1, $2, $3, false, now())`, [inst.id, freshOrgnr(), inst.name]);
  for (const [i, key] of PHASE_A.entries()) {
    // the last of phase A's steps closes on 16 Nov 2026 at 10:00 UTC (11:00 in Oslo)
    await query(
      `INSERT INTO "InstitutionStep" (id, "institutionId", "stepKey", status, version, "updatedAt") VALUES ($1, $2, $3, 'DONE', 1, $4::timestamp)`,
      [`${inst.id}-${key}`, inst.id, key, `2026-11-${String(5 + i).padStart(2, "0")} 10:00:00`],
    );
  }
  await query(
    `INSERT INTO "InstitutionStep" (id, "institutionId", "stepKey", status, version, "updatedAt") VALUES ($1, $2, 'B-1', 'IN_PROGRESS', 1, '2026-11-20 09:00:00')`,
    [`${inst.id}-B-1`, inst.id],
  );
  await query(`UPDATE "InstitutionStep" SET "updatedAt" = '2026-11-16 10:00:00' WHERE id = $1`, [`${inst.id}-${PHASE_A.at(-1)}`]);
});

test("the phases are an ordered list with one current step; a finished phase is collapsed until opened", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto(`/institutions/${inst.id}`);
  await expect(page.getByRole("heading", { level: 1, name: inst.name })).toBeVisible();

  const list = processList(page);
  await expect(list).toHaveJSProperty("tagName", "OL");
  await expect(list.locator(":scope > li")).toHaveCount(4);
  const current = list.locator(':scope > li[aria-current="step"]');
  await expect(current).toHaveCount(1);
  await expect(current.getByRole("heading", { level: 3 })).toHaveText("Fase B – Registrering og avtaleinngåelse");
  await expect(current).toContainText("Pågår");
  await expect(current).toContainText(/0 av \d+ steg ferdige · Nåværende fase/);

  // phase A: done, collapsed, with its count and the day its last step closed
  const a = phaseItem(page, "A");
  await expect(a).not.toHaveAttribute("aria-current", /.*/);
  await expect(a.locator("summary")).toContainText("Ferdig");
  await expect(a.locator("summary")).toContainText(`${PHASE_A.length} av ${PHASE_A.length} steg ferdige · ferdig 16. nov. 2026`);
  const a1 = a.getByRole("link", { name: /^A-1 / });
  await expect(a1).toBeHidden();
  await a.locator("summary").click();
  await expect(a1).toBeVisible();
  await expect(a.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^A-1 / }) }).getByText("Ferdig", { exact: true })).toBeVisible();

  // the current phase starts open; D waits on earlier steps and starts collapsed
  await expect(current.getByRole("link", { name: /^B-1 / })).toBeVisible();
  const d = phaseItem(page, "D");
  await expect(d.locator("summary")).toContainText("Venter");
  await expect(d.getByRole("link", { name: /^D-1 / })).toBeHidden();

  // overall progress in words, and as a progress bar with the same figures
  const closed = PHASE_A.length;
  const percent = Math.floor((closed * 100) / TOTAL);
  await expect(page.getByRole("region", { name: "Hvor står påkoblingen" })).toContainText(`${closed} av ${TOTAL} steg ferdige (${percent} %)`);
  await expect(page.getByRole("progressbar", { name: "Samlet framdrift" })).toHaveAttribute("aria-valuenow", String(percent));
  await expect(page.getByRole("region", { name: "Neste steg" }).getByRole("link")).toHaveText(/^B-1 /);
});

for (const lang of ["nb", "en"] as const) {
  test(`the institution page with its process view and a step view have no axe violations (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, "coordinator");
    await page.goto(`/institutions/${inst.id}`);
    if (lang === "en") {
      await page.getByRole("button", { name: "Bytt til English" }).click();
      await expect(page.getByRole("list", { name: "Phases of the onboarding" })).toBeVisible();
    }
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expectNoAxeViolations(page);
    // and with the finished phase opened
    await page.locator('details[data-phase="A"] > summary').click();
    await expect(page.locator('details[data-phase="A"]')).toHaveAttribute("open", "");
    await expectNoAxeViolations(page);

    await page.goto(stepPath(inst.id, "B-1"));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("B-1");
    await expect(page.getByRole("complementary")).toBeVisible();
    await expectNoAxeViolations(page);
    if (lang === "en") await page.getByRole("button", { name: "Switch to Norsk bokmål" }).click();
  });
}
