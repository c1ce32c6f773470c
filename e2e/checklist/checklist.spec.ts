import { expect, test } from "../test";
import { expectNoAxeViolations } from "../axe";
import { fixtures, signInAs } from "../fixtures";
import {
  callUpdateStepAction,
  expectRecordedStatus,
  expectSaved,
  formAlert,
  isoDateInDays,
  isoDateInYears,
  saveWithStatus,
  sessionAs,
  statusSelect,
  stepLinkName,
  stepPath,
  shownTaskListItem,
  taskListItem,
} from "./helpers";

// Each test works on its own step of institution A (A-2, A-3, A-7, A-8, B-5/C-1; the review flow has
// C-3, A-6, C-4 in review-flow.spec.ts), so they run in parallel without touching each other.
// The access matrix writes A-1 only. Global setup makes a fresh institution A per run, and
// the flows expect its steps untouched: they run once per run (no retries, no --repeat-each).

test("an owner takes A-2 from not started to done, and DONE waits for the production certificate", async ({ page }) => {
  const f = fixtures();
  await signInAs(page, "ownerA");
  // an owner of one institution lands on it
  await page.goto("/");
  await expect(page).toHaveURL(new RegExp(`/institutions/${f.institutions.A.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: f.institutions.A.name })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Sjekkliste for påkoblingen" })).toBeVisible();
  await expect((await shownTaskListItem(page, "A-2")).getByText("Ikke startet", { exact: true })).toBeVisible();
  await taskListItem(page, "A-2").getByRole("link", { name: stepLinkName("A-2") }).click();

  await expect(page.getByRole("heading", { level: 1, name: stepLinkName("A-2") })).toBeVisible();
  await expectRecordedStatus(page, "Ikke startet");
  await expect(page.getByText("Dokumentasjonen mangler 2 opplysninger.")).toBeVisible();

  // not started → in progress
  await saveWithStatus(page, "Pågår");
  await expectSaved(page);
  await expectRecordedStatus(page, "Pågår");

  // a test certificate alone is not enough for DONE
  await page.getByRole("button", { name: "Legg til rad (Virksomhetssertifikater)" }).click();
  const testCert = page.getByRole("group", { name: "Virksomhetssertifikater, rad 1" });
  await testCert.getByLabel("Miljø").selectOption({ label: "Test" });
  await testCert.getByLabel("Utsteder").selectOption({ label: "Commfides" });
  await testCert.getByLabel("Utløper").fill(isoDateInYears(2));
  await saveWithStatus(page, "Ferdig");
  const alert = formAlert(page);
  await expect(alert).toContainText("Dokumentasjonen for steget er ikke fullstendig.");
  await expect(alert).toContainText("Dette mangler:");
  // exactly one thing is missing, and it is the production certificate
  await expect(alert.getByRole("listitem")).toHaveCount(1);
  await expect(alert.getByRole("listitem")).toHaveText(/^Virksomhetssertifikater · produ/i);
  // refused: what was typed and chosen is still in the form (no form reset blanks the selects,
  // react#30580), and the step is still in progress
  await expect(testCert.getByLabel("Utløper")).toHaveValue(isoDateInYears(2));
  await expect(testCert.getByLabel("Miljø").locator("option:checked")).toHaveText("Test");
  await expect(testCert.getByLabel("Utsteder").locator("option:checked")).toHaveText("Commfides");
  await expect(page.getByRole("region", { name: "Historikk" }).getByText("Status endret fra Pågår til Ferdig")).toHaveCount(0);

  // test + production certificate → done
  await page.getByRole("button", { name: "Legg til rad (Virksomhetssertifikater)" }).click();
  const prodCert = page.getByRole("group", { name: "Virksomhetssertifikater, rad 2" });
  await prodCert.getByLabel("Miljø").selectOption({ label: "Produksjon" });
  await prodCert.getByLabel("Utsteder").selectOption({ label: "Buypass" });
  await prodCert.getByLabel("Utløper").fill(isoDateInDays(30));
  await saveWithStatus(page, "Ferdig");
  await expectSaved(page);
  await expectRecordedStatus(page, "Ferdig");
  await expect(page.getByText("Dokumentasjonen er fullstendig.")).toBeVisible();
  // a certificate expiring within 60 days is flagged where it is recorded (29 days once Oslo's
  // date is ahead of UTC's)
  const expiring = /^Produksjonssertifikatet utløper om (29|30) dager$/;
  await expect(page.getByText(expiring)).toBeVisible();

  // the history shows both changes, by the owner
  const history = page.getByRole("region", { name: "Historikk" });
  await expect(history.getByText("Status endret fra Ikke startet til Pågår")).toBeVisible();
  await expect(history.getByText("Status endret fra Pågår til Ferdig")).toBeVisible();
  await expect(history.getByText(f.users.ownerA.name).first()).toBeVisible();

  // the institution page's task list shows A-2 as done
  await page.getByRole("link", { name: `Tilbake til ${f.institutions.A.name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: f.institutions.A.name })).toBeVisible();
  const item = await shownTaskListItem(page, "A-2");
  await expect(item.getByText("Ferdig", { exact: true })).toBeVisible();
  await expect(item).toContainText(`av ${f.users.ownerA.name}`);
  // … and at the top of the institution page
  await expect(page.getByText(expiring)).toBeVisible();
});

test("an institution user cannot change Bits' own steps; a coordinator can", async ({ page, browser }) => {
  const f = fixtures();
  await signInAs(page, "ownerA");
  for (const key of ["B-5", "C-1"] as const) {
    await page.goto(stepPath(f.institutions.A.id, key));
    await expect(page.getByRole("heading", { level: 1, name: stepLinkName(key) })).toBeVisible();
    await expect(page.getByText("Utføres av Bits", { exact: true })).toBeVisible();
    await expect(page.getByText("Du kan se steget, men ikke endre det.")).toBeVisible();
    await expect(statusSelect(page)).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Lagre" })).toHaveCount(0);
  }

  // the server refuses the change too, in the rule engine's words
  const result = await callUpdateStepAction(page, { institutionId: f.institutions.A.id, stepKey: "B-5", fields: { expectedVersion: "0", status: "IN_PROGRESS" } });
  expect(result).toMatchObject({ ok: false, code: "INVALID", rule: "BITS_STEP" });

  // a coordinator is offered the status changes the step's state allows, and it is still unchanged:
  // B-5 cannot start yet (its prerequisites are open), so Bits may block it or complete it over
  // them with a reason, but not start it; the list keeps the badge's state
  const coordinator = await sessionAs(browser, "coordinator");
  await coordinator.goto(stepPath(f.institutions.A.id, "B-5"));
  await expectRecordedStatus(coordinator, "Kan ikke starte ennå");
  await expect(statusSelect(coordinator).getByRole("option", { name: "Blokkert", exact: true })).toBeAttached();
  await expect(statusSelect(coordinator).getByRole("option", { name: "Ferdig (overstyr forutsetninger)" })).toBeAttached();
  await expect(statusSelect(coordinator).getByRole("option", { name: "Pågår", exact: true })).toHaveCount(0);
  await expect(coordinator.getByRole("region", { name: "Historikk" }).getByText("Ingen endringer ennå.")).toBeVisible();
  await coordinator.context().close();
});

test("a concurrent save is refused naming who changed the step, and keeps what was typed", async ({ page, browser }) => {
  const f = fixtures();
  const path = stepPath(f.institutions.A.id, "A-3");
  await signInAs(page, "ownerA");
  const other = await sessionAs(browser, "ownerA");
  await page.goto(path);
  await other.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: stepLinkName("A-3") })).toBeVisible();
  await expect(other.getByRole("heading", { level: 1, name: stepLinkName("A-3") })).toBeVisible();

  await page.getByLabel("Notat (valgfritt)").fill("Lest dokumentasjonen om Maskinporten.");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expectSaved(page);

  const note = other.getByLabel("Notat (valgfritt)");
  await note.fill("Kurs i Maskinporten er bestilt.");
  await other.getByRole("button", { name: "Lagre" }).click();
  await expect(formAlert(other)).toBeFocused();
  await expect(formAlert(other)).toHaveText(new RegExp(`^Steget er endret av noen andreEndret av ${f.users.ownerA.name} \\d{1,2}\\. [a-zæøå]+\\.? \\d{4} kl\\. \\d{2}:\\d{2}\\. Deres versjon er lastet inn`));
  // both changed the note: the other version's stays until a choice is made (issue 13)
  const choice = other.getByTestId("step-conflict").getByRole("group", { name: "Notat" });
  await choice.getByRole("radio", { name: "Behold min" }).check();
  await expect(note).toHaveValue("Kurs i Maskinporten er bestilt.");

  // saving again, knowingly, wins; both tabs then show it
  await other.getByRole("button", { name: "Lagre" }).click();
  await expectSaved(other);
  await page.reload();
  await expect(page.getByLabel("Notat (valgfritt)")).toHaveValue("Kurs i Maskinporten er bestilt.");
  await other.context().close();
});

test("a refused comment stays in the box; an accepted one is listed and the box empties", async ({ page }) => {
  const f = fixtures();
  await signInAs(page, "memberA");
  await page.goto(stepPath(f.institutions.A.id, "A-8"));
  const comments = page.getByRole("region", { name: "Kommentarer" });
  const box = comments.getByLabel("Ny kommentar");
  const tooLong = `Utkast til løsningsdesign. ${"x".repeat(4000)}`;
  await box.fill(tooLong);
  await comments.getByRole("button", { name: "Legg til kommentar" }).click();
  await expect(comments.getByTestId("error-summary")).toBeFocused();
  await expect(comments.getByTestId("error-summary")).toContainText("Kommentaren kan ha høyst 4000 tegn.");
  await expect(box).toHaveValue(tooLong);
  await expect(comments.getByText("Ingen kommentarer ennå.")).toBeVisible();

  await box.fill("Utkast til løsningsdesign ligger i teamets mappe.");
  await comments.getByRole("button", { name: "Legg til kommentar" }).click();
  await expect(comments.getByText("Kommentaren er lagt til.")).toBeVisible();
  await expect(comments.getByRole("listitem").filter({ hasText: "Utkast til løsningsdesign ligger i teamets mappe." })).toContainText(f.users.memberA.name);
  await expect(box).toHaveValue("");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // A save clicked before the page has hydrated (or with scripts off) still reaches the server.
  test("an owner saves a step's status and note with a plain form post", async ({ page }) => {
    const f = fixtures();
    await signInAs(page, "ownerA");
    await page.goto(stepPath(f.institutions.A.id, "A-7"));
    await expectRecordedStatus(page, "Ikke startet");
    await page.getByLabel("Notat (valgfritt)").fill("Bestilling av brannmuråpninger er sendt.");
    await saveWithStatus(page, "Pågår");
    await expectSaved(page);
    await page.goto(stepPath(f.institutions.A.id, "A-7"));
    await expectRecordedStatus(page, "Pågår");
    await expect(page.getByLabel("Notat (valgfritt)")).toHaveValue("Bestilling av brannmuråpninger er sendt.");
  });
});

const AXE_PAGES = (f: ReturnType<typeof fixtures>) => [
  { path: "/overview", h1: { nb: "Oversikt over påkoblingen", en: "Onboarding overview" } },
  { path: `/institutions/${f.institutions.A.id}`, h1: { nb: f.institutions.A.name, en: f.institutions.A.name } },
  { path: stepPath(f.institutions.A.id, "A-2"), h1: { nb: stepLinkName("A-2"), en: "A-2 Order enterprise certificates for test and production" } },
];
const ADD_ROW = { nb: "Legg til rad (Virksomhetssertifikater)", en: "Add row (Enterprise certificates)" };

for (const lang of ["nb", "en"] as const) {
  test(`overview, institution page and step view have no axe violations (${lang})`, async ({ page }) => {
    // axe on /overview alone takes ~10 s on an idle 2-CPU machine, and grows with the institutions
    test.setTimeout(120_000);
    const f = fixtures();
    await signInAs(page, "coordinator");
    if (lang === "en") {
      await page.goto("/overview");
      await page.getByRole("button", { name: "Bytt til English" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Onboarding overview" })).toBeVisible();
    }
    for (const p of AXE_PAGES(f)) {
      await page.goto(p.path);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1, name: p.h1[lang] })).toBeVisible();
      if (p.path.includes("/steps/")) await page.getByRole("button", { name: ADD_ROW[lang] }).click(); // scan a list row's fields too
      await expectNoAxeViolations(page);
    }
    if (lang === "en") {
      await page.getByRole("button", { name: "Switch to Norsk bokmål" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "nb");
      await expect(page.getByRole("heading", { level: 1, name: stepLinkName("A-2") })).toBeVisible();
    }
  });
}

test("the overview shows an institution's row: profile, progress, next step and who it waits on", async ({ page }) => {
  const f = fixtures();
  const b = f.institutions.B; // third-party supplier; no test changes its steps
  await signInAs(page, "coordinator");
  await page.goto(`/overview?q=${encodeURIComponent(b.name)}`);
  await expect(page.getByRole("status")).toHaveText(/^Viser 1 av \d+ pensjonsinnretninger$/);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(b.name) }) });
  await expect(row.getByRole("link", { name: b.name })).toHaveAttribute("href", `/institutions/${b.id}`);
  await expect(row.getByText("Med tredjepartsleverandør")).toBeVisible();
  await expect(row.getByRole("cell", { name: "A – Forberedelse" })).toBeVisible();
  const overall = row.getByRole("progressbar", { name: `Samlet framdrift for ${b.name}` });
  await expect(overall).toHaveAttribute("aria-valuenow", "0");
  await expect(row.getByText("A 0 % · B 0 % · C 0 % · D 0 %")).toBeVisible();
  const next = row.getByRole("link", { name: /^A-1 \S/ });
  await expect(next).toHaveAttribute("href", `/institutions/${b.id}/steps/A-1`);
  await expect(row.getByText("Ikke startet", { exact: true })).toBeVisible();
  await expect(row.getByText("Venter på pensjonsinnretningen")).toBeVisible();
  await next.click();
  await expect(page.getByRole("heading", { level: 1, name: /^A-1 \S/ })).toBeVisible();
});

test("steps C-3 and C-4 point to the test panel, the sandbox and its documentation", async ({ page }) => {
  await signInAs(page, "ownerA");
  for (const key of ["C-3", "C-4"]) {
    await page.goto(`/institutions/${fixtures().institutions.A.id}/steps/${key}`);
    const tools = page.getByRole("navigation", { name: "Verktøy for dette steget" });
    await expect(tools.getByRole("link", { name: "Testpanel for avtaleforhold og virkningsperiode" })).toHaveAttribute("href", "/test-panel");
    await expect(tools.getByRole("link", { name: /Sandkasse for Tjenestepensjonsavtale/ })).toHaveAttribute("href", `/institutions/${fixtures().institutions.A.id}/sandbox`);
  }
  await page.goto(`/institutions/${fixtures().institutions.A.id}/steps/A-1`);
  await expect(page.getByRole("navigation", { name: "Verktøy for dette steget" })).toHaveCount(0);
});
