import { type Page } from "@playwright/test";
import { expect, test } from "../test";
import { expectNoAxeViolations } from "../axe";
import { fixtures, signInAs } from "../fixtures";
import { expectSaved, saveWithStatus, sessionAs } from "../checklist/helpers";

// Works on step A-5 of institution A only (no other spec touches it). Global setup makes a fresh
// institution A per run: the flow runs once per run.
const A5 = "Bestill utviklings- og testmiljøer";
const notFound = (page: Page) => expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();

test("a step change by an owner shows up in the institution's feed and in the coordinators' feed", async ({ page, browser }) => {
  const f = fixtures();
  const A = f.institutions.A;
  await signInAs(page, "ownerA");
  await page.goto(`/institutions/${A.id}/steps/A-5`);
  await saveWithStatus(page, "Pågår");
  await expectSaved(page);

  await page.goto(`/institutions/${A.id}`);
  await page.getByRole("link", { name: "Aktivitet: det siste som har skjedd" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Aktivitet for ${A.name}` })).toBeVisible();
  const feed = page.getByRole("list", { name: "Aktivitet, nyeste først" });
  const entry = feed.getByRole("listitem").filter({ hasText: `${f.users.ownerA.name} satte A-5 ${A5} til «Pågår» (var «Ikke startet»)` });
  await expect(entry).toHaveCount(1);
  await expect(entry.getByRole("link", { name: `A-5 ${A5}` })).toHaveAttribute("href", `/institutions/${A.id}/steps/A-5`);
  await expect(entry.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  // the institution's own feed has no institution column, and never shows sign-ins
  await expect(feed.getByRole("link", { name: A.name })).toHaveCount(0);
  await expect(feed.getByText(/logget inn|sign-in/i)).toHaveCount(0);

  // the coordinators' feed, filtered to A's status changes, links the institution and the step
  const bits = await sessionAs(browser, "coordinator");
  await bits.goto("/");
  await bits.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Aktivitet" }).click();
  await expect(bits.getByRole("heading", { level: 1, name: "Aktivitet" })).toBeVisible();
  await bits.getByLabel("Pensjonsinnretning (navn eller org.nr.)").fill(A.name);
  await bits.getByLabel("Type aktivitet").selectOption({ label: "Statusendringer" });
  await bits.getByRole("button", { name: "Bruk filter" }).click();
  await expect(bits).toHaveURL(/kind=STATUS/);
  const item = bits.getByRole("list", { name: "Aktivitet, nyeste først" }).getByRole("listitem").filter({ hasText: `${f.users.ownerA.name} satte A-5` });
  await expect(item).toHaveCount(1);
  await expect(item.getByRole("link", { name: A.name })).toHaveAttribute("href", `/institutions/${A.id}`);
  await expect(bits.getByRole("list", { name: "Aktivitet, nyeste først" }).getByRole("link", { name: f.institutions.B.name })).toHaveCount(0);
  await bits.context().close();
});

test("an institution user gets not found for another institution's feed and for /activity", async ({ page }) => {
  const f = fixtures();
  await signInAs(page, "ownerB");
  await page.goto(`/institutions/${f.institutions.A.id}/activity`);
  await notFound(page);
  await page.goto("/activity");
  await notFound(page);
  await expect(page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Aktivitet" })).toHaveCount(0);
  // their own institution's feed is open to them
  await page.goto(`/institutions/${f.institutions.B.id}/activity`);
  await expect(page.getByRole("heading", { level: 1, name: `Aktivitet for ${f.institutions.B.name}` })).toBeVisible();
});

for (const lang of ["nb", "en"] as const) {
  test(`both activity pages have no axe violations (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const f = fixtures();
    await signInAs(page, "coordinator");
    await page.goto("/activity");
    if (lang === "en") {
      await page.getByRole("button", { name: "Bytt til English" }).click();
      // the switch is a server action setting a cookie: wait for it before the next navigation
      await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
    }
    const pages = [
      { path: "/activity", h1: { nb: "Aktivitet", en: "Activity" } },
      { path: `/institutions/${f.institutions.A.id}/activity`, h1: { nb: `Aktivitet for ${f.institutions.A.name}`, en: `Activity of ${f.institutions.A.name}` } },
    ];
    for (const p of pages) {
      await page.goto(p.path);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1, name: p.h1[lang] })).toBeVisible();
      await expect(page.getByRole("list", { name: lang === "nb" ? "Aktivitet, nyeste først" : "Activity, newest first" })).toBeVisible();
      await expectNoAxeViolations(page);
    }
    if (lang === "en") {
      await page.getByRole("button", { name: "Switch to Norsk bokmål" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    }
  });
}
