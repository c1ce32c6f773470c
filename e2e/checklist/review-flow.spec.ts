import { type Page } from "@playwright/test";
import { expect, test } from "../test";
import { fixtures, signInAs } from "../fixtures";
import {
  approveAsBits,
  expectRecordedStatus,
  expectSaved,
  errorSummary,
  returnAsBits,
  saveWithStatus,
  sendToBits,
  sessionAs,
  statusSelect,
  stepLinkName,
  stepPath,
  shownTaskListItem,
} from "./helpers";

// C-4 is reviewed by Bits. It builds on C-3 and A-6, so those are closed first: the coordinator
// marks A-6 done (it has no prerequisites) and C-3 done over its open prerequisites, with a
// reason. Then the owner sends C-4 to Bits, Bits returns it with a reason, the owner sends it
// again and Bits approves: two people, two browser contexts. Touches only C-3, A-6 and C-4 of
// institution A.

const RETURN_REASON = "Testrapporten mangler resultatet for Aa-registeret. Legg det ved og send på nytt.";

function queueRow(page: Page, institutionName: string) {
  return page.getByRole("row").filter({ hasText: institutionName }).filter({ has: page.getByRole("link", { name: stepLinkName("C-4") }) });
}

test("C-4 is sent to Bits, returned with a reason, sent again and approved, each round kept", async ({ page, browser }) => {
  // two people, eight stages, on a machine that may be busy
  test.setTimeout(180_000);
  const f = fixtures();
  const inst = f.institutions.A;
  const c4 = stepPath(inst.id, "C-4");
  await signInAs(page, "ownerA");
  const bits = await sessionAs(browser, "coordinator");

  // 1. with C-3 and A-6 open, C-4 cannot start: the badge says so and no status change is offered
  await page.goto(`/institutions/${inst.id}`);
  await expect((await shownTaskListItem(page, "C-4")).getByText("Kan ikke starte ennå", { exact: true })).toBeVisible();
  await page.goto(c4);
  await expect(page.getByRole("heading", { level: 1, name: stepLinkName("C-4") })).toBeVisible();
  await expect(page.getByTestId("no-change")).toContainText("Steget kan ikke starte ennå: det venter på C-3, A-6.");
  await expect(statusSelect(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send til Bits" })).toHaveCount(0);

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

  // 3. the owner fills and saves the evidence; the status list never offers review, the button does
  await page.reload();
  const prerequisites = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: stepLinkName("C-3") }) });
  await expect(prerequisites.getByText("Ferdig", { exact: true })).toBeVisible();
  await expect(statusSelect(page).getByRole("option", { name: "Til kontroll hos Bits" })).toHaveCount(0);
  await expect(statusSelect(page).getByRole("option", { name: /^Ferdig/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Legg til rad (Testtilfeller)" }).click();
  const testCase = page.getByRole("group", { name: "Testtilfeller, rad 1" });
  await testCase.getByLabel("Navn").fill("Hent inntektsmottakere for én arbeidsgiver");
  await testCase.getByLabel("Resultat").selectOption({ label: "Bestått" });
  await testCase.getByLabel("Dato").fill(new Date().toISOString().slice(0, 10));
  await page.getByLabel("Lenke til testrapporten").fill("https://example.org/ajour/testrapport-c4.pdf");
  await saveWithStatus(page, "Pågår");
  await expectSaved(page);

  // 4. the owner sends it: the dialog lists what is sent; then the step shows it read-only
  await page.getByRole("button", { name: "Send til Bits" }).click();
  await expect(page.getByRole("dialog")).toContainText("https://example.org/ajour/testrapport-c4.pdf");
  await page.getByRole("dialog").getByRole("button", { name: "Avbryt" }).click();
  await sendToBits(page);
  await expect(page.getByTestId("sent-by")).toContainText(`av ${f.users.ownerA.name}`);
  await expect(page.getByTestId("review-panel")).toContainText("Hent inntektsmottakere for én arbeidsgiver");
  await expect(page.getByRole("button", { name: "Lagre" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Godkjenn" })).toHaveCount(0);

  // 5. Bits finds it in its queue (who sent it), and must give a reason to return it
  await bits.goto("/bits-queue");
  const row = queueRow(bits, inst.name);
  await expect(row).toHaveCount(1);
  await expect(row.getByText("Til kontroll hos Bits", { exact: true })).toBeVisible();
  await expect(row).toContainText(`av ${f.users.ownerA.name}`);
  await row.getByRole("link", { name: stepLinkName("C-4") }).click();
  await expect(bits.getByRole("heading", { level: 1, name: stepLinkName("C-4") })).toBeVisible();
  await expect(bits.getByTestId("sent-by")).toContainText(f.users.ownerA.name);
  await expect(bits.getByRole("textbox", { name: "Navn" })).toHaveCount(0);
  await bits.getByRole("button", { name: "Send tilbake" }).click();
  await expect(bits.getByTestId("review-decision").getByRole("alert")).toContainText("Skriv en kommentar når du sender steget tilbake.");
  await expect(bits.getByTestId("sent-by")).toBeVisible();
  await returnAsBits(bits, RETURN_REASON);

  // 6. the owner sees the reason at the top, the evidence intact, and sends again
  await page.reload();
  await expect(page.getByTestId("returned-notice")).toContainText(RETURN_REASON);
  await expectRecordedStatus(page, "Sendt tilbake");
  await expect(page.getByRole("group", { name: "Testtilfeller, rad 1" }).getByLabel("Navn")).toHaveValue("Hent inntektsmottakere for én arbeidsgiver");
  await sendToBits(page);
  await expect(page.getByTestId("returned-notice")).toHaveCount(0);

  // 7. Bits approves; the queue is empty of it, and both rounds are listed
  await bits.reload();
  await approveAsBits(bits);
  const rounds = bits.getByTestId("review-round");
  await expect(rounds).toHaveCount(2);
  await expect(rounds.nth(0)).toContainText("Sendt tilbake");
  await expect(rounds.nth(0)).toContainText(RETURN_REASON);
  await expect(rounds.nth(1)).toContainText("Godkjent");
  await expect(rounds.nth(1)).toContainText(f.users.coordinator.name);
  await expect(bits.getByRole("region", { name: "Historikk" }).getByText("Godkjent av Bits: status endret fra Til kontroll hos Bits til Ferdig")).toBeVisible();
  await bits.goto("/bits-queue");
  await expect(bits.getByRole("heading", { level: 1, name: "Venter på Bits" })).toBeVisible();
  await expect(queueRow(bits, inst.name)).toHaveCount(0);

  // 8. the owner sees it approved, cannot reopen it, and sees the same rounds
  await page.reload();
  await expect(page.getByTestId("no-change")).toContainText("Bits har godkjent steget.");
  await expect(page.getByTestId("review-round")).toHaveCount(2);
  await page.goto(`/institutions/${inst.id}`);
  await expect((await shownTaskListItem(page, "C-4")).getByText("Ferdig", { exact: true })).toBeVisible();
  await bits.context().close();
});
