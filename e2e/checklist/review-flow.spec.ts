import { type Page } from "@playwright/test";
import { expect, test } from "../test";
import { fixtures, signInAs } from "../fixtures";
import {
  approveAsBits,
  expectRecordedStatus,
  expectSaved,
  errorSummary,
  saveWithStatus,
  sessionAs,
  statusSelect,
  stepLinkName,
  stepPath,
  shownTaskListItem,
} from "./helpers";

// C-4 is reviewed by Bits. It builds on C-3 and A-6, so those are closed first: the coordinator
// marks A-6 done (it has no prerequisites) and C-3 done over its open prerequisites, with a
// reason. Then the owner submits C-4, Bits returns it with a comment, the owner submits again
// and Bits approves. Touches only C-3, A-6 and C-4 of institution A.

const READ_ONLY = "Du kan se steget, men ikke endre det.";
const RETURN_COMMENT = "Testrapporten mangler resultatet for Aa-registeret. Legg det ved og send på nytt.";

function queueRow(page: Page, institutionName: string) {
  return page.getByRole("row").filter({ hasText: institutionName }).filter({ has: page.getByRole("link", { name: stepLinkName("C-4") }) });
}

test("C-4 goes to Bits for review, is returned with a comment, resubmitted and approved", async ({ page, browser }) => {
  const f = fixtures();
  const inst = f.institutions.A;
  const c4 = stepPath(inst.id, "C-4");
  await signInAs(page, "ownerA");
  const bits = await sessionAs(browser, "coordinator");

  // 1. with C-3 and A-6 open the owner cannot send C-4 for review
  await page.goto(`/institutions/${inst.id}`);
  await expect((await shownTaskListItem(page, "C-4")).getByText("Kan ikke starte ennå", { exact: true })).toBeVisible();
  await page.goto(c4);
  await expect(page.getByRole("heading", { level: 1, name: stepLinkName("C-4") })).toBeVisible();
  await expect(page.getByText("Bits kontrollerer dette steget.")).toBeVisible();
  await expect(statusSelect(page).getByRole("option", { name: "Pågår", exact: true })).toBeAttached();
  await expect(statusSelect(page).getByRole("option", { name: "Til kontroll hos Bits" })).toHaveCount(0);
  await expect(statusSelect(page).getByRole("option", { name: /^Ferdig/ })).toHaveCount(0);

  // 2. the coordinator closes the prerequisites: A-6 done, C-3 done over its open prerequisites
  await bits.goto(stepPath(inst.id, "A-6"));
  await saveWithStatus(bits, "Ferdig");
  await expectSaved(bits);
  await expectRecordedStatus(bits, "Ferdig");

  await bits.goto(stepPath(inst.id, "C-3"));
  await statusSelect(bits).selectOption({ label: "Ferdig (overstyr forutsetninger)" });
  await bits.getByRole("button", { name: "Lagre" }).click();
  // a refusal that names a field: focus on the error summary, whose link leads to that field
  await expect(errorSummary(bits)).toBeFocused();
  await expect(errorSummary(bits).getByRole("link", { name: "Stegene dette bygger på er ikke ferdige: oppgi en begrunnelse for å overstyre." })).toBeVisible();
  await bits.getByLabel("Begrunnelse for overstyring").fill("Koblingen er verifisert i Bits' testmiljø; de øvrige stegene registreres etterpå.");
  await bits.getByRole("button", { name: "Lagre" }).click();
  await expectSaved(bits);
  await expectRecordedStatus(bits, "Ferdig");
  await expect(bits.getByRole("region", { name: "Historikk" }).getByText("Status endret fra Ikke startet til Ferdig")).toBeVisible();

  // 3. the owner fills the evidence and sends C-4 for review
  await page.reload();
  const prerequisites = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: stepLinkName("C-3") }) });
  await expect(prerequisites.getByText("Ferdig", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Legg til rad (Testtilfeller)" }).click();
  const testCase = page.getByRole("group", { name: "Testtilfeller, rad 1" });
  await testCase.getByLabel("Navn").fill("Hent inntektsmottakere for én arbeidsgiver");
  await testCase.getByLabel("Resultat").selectOption({ label: "Bestått" });
  await testCase.getByLabel("Dato").fill(new Date().toISOString().slice(0, 10));
  await page.getByLabel("Lenke til testrapporten").fill("https://example.org/ajour/testrapport-c4.pdf");
  await saveWithStatus(page, "Til kontroll hos Bits");
  // under review the owner can no longer change the step
  await expect(page.getByText(READ_ONLY)).toBeVisible();
  await expect(page.getByRole("region", { name: "Historikk" }).getByText("Status endret fra Ikke startet til Til kontroll hos Bits").first()).toBeVisible();

  // 4. Bits finds it in its queue and returns it; a return needs a comment
  await bits.goto("/bits-queue");
  const row = queueRow(bits, inst.name);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Kontrollere");
  await expect(row.getByText("Til kontroll hos Bits", { exact: true })).toBeVisible();
  await row.getByRole("link", { name: stepLinkName("C-4") }).click();
  await expect(bits.getByRole("heading", { level: 1, name: stepLinkName("C-4") })).toBeVisible();
  await expectRecordedStatus(bits, "Til kontroll hos Bits");
  await saveWithStatus(bits, "Pågår");
  // a refusal that names a field: focus on the error summary, whose link leads to that field
  await expect(errorSummary(bits)).toBeFocused();
  await expect(errorSummary(bits).getByRole("link", { name: "Skriv en kommentar når du sender steget tilbake." })).toBeVisible();
  await bits.getByLabel("Kommentar til pensjonsinnretningen (kreves når steget sendes tilbake)").fill(RETURN_COMMENT);
  await bits.getByRole("button", { name: "Lagre" }).click();
  await expectSaved(bits);
  await expectRecordedStatus(bits, "Pågår");

  // 5. the owner sees the returned step with Bits' comment, and its evidence intact
  await page.reload();
  await expectRecordedStatus(page, "Pågår");
  const comments = page.getByRole("region", { name: "Kommentarer" });
  const returned = comments.getByRole("listitem").filter({ hasText: RETURN_COMMENT });
  await expect(returned).toHaveCount(1);
  await expect(returned).toContainText("Sendt tilbake");
  await expect(returned).toContainText(f.users.coordinator.name);
  await expect(page.getByRole("group", { name: "Testtilfeller, rad 1" }).getByLabel("Navn")).toHaveValue("Hent inntektsmottakere for én arbeidsgiver");
  await expect(page.getByText("Dokumentasjonen er fullstendig.")).toBeVisible();
  await page.getByLabel("Kommentar (valgfritt)").fill("Resultatet for Aa-registeret er lagt ved rapporten.");
  await saveWithStatus(page, "Til kontroll hos Bits");
  await expect(page.getByText(READ_ONLY)).toBeVisible();

  // 6. Bits approves
  await bits.reload();
  await approveAsBits(bits, "Godkjent. Dere kan gå videre til C-7.");
  await expect(bits.getByRole("region", { name: "Historikk" }).getByText("Godkjent av Bits: status endret fra Til kontroll hos Bits til Ferdig")).toBeVisible();
  await bits.goto("/bits-queue");
  await expect(bits.getByRole("heading", { level: 1, name: "Venter på Bits" })).toBeVisible();
  await expect(queueRow(bits, inst.name)).toHaveCount(0);

  // 7. the owner sees it done and approved, and cannot reopen it
  await page.reload();
  await expect(page.getByText(READ_ONLY)).toBeVisible();
  await expect(comments.getByRole("listitem").filter({ hasText: "Godkjent. Dere kan gå videre til C-7." })).toContainText("Godkjent");
  await expect(comments.getByRole("listitem")).toHaveCount(3);
  await page.goto(`/institutions/${inst.id}`);
  await expect((await shownTaskListItem(page, "C-4")).getByText("Ferdig", { exact: true })).toBeVisible();
  await bits.context().close();
});
