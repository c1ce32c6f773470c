import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { serverActions } from "../access/app-routes";
import { signInAs, type RoleKey } from "../fixtures";
import { hydrateOnNavigation } from "../hydration";

/** Step titles as the bokmål catalogue names them (lib/onboarding/steps-*.ts). */
export const TITLES = {
  "A-2": "Bestill virksomhetssertifikater for test og produksjon",
  "A-3": "Sett dere inn i Maskinporten",
  "A-6": "Gå gjennom testdataene",
  "A-7": "Bestill brannmuråpninger",
  "A-8": "Design og planlegg den interne tilpasningen",
  "B-5": "Bits bestiller tilgang til TT02",
  "C-1": "Bits bekrefter at dere er i test",
  "C-3": "Koble til etatenes API-er",
  "C-4": "Gjennomfør integrasjonstesten",
  "C-5": "Steg C-5 (utgått)", // not in catalogue v1: a retired step (retired-step.spec.ts)
} as const;
export type TKey = keyof typeof TITLES;

export const stepPath = (institutionId: string, key: string) => `/institutions/${institutionId}/steps/${key}`;
export const stepLinkName = (key: TKey) => `${key} ${TITLES[key]}`;

/** A second, independent browser session signed in as `role`. Close its context when done. */
export async function sessionAs(browser: Browser, role: RoleKey): Promise<Page> {
  const page = hydrateOnNavigation(await (await browser.newContext()).newPage());
  await signInAs(page, role);
  return page;
}

/** The step form's status select. */
export const statusSelect = (page: Page) => page.getByLabel("Ny status");

/** The recorded status as the step form names it ("Behold nåværende status (…)"). */
export async function expectRecordedStatus(page: Page, status: string) {
  await expect(statusSelect(page).locator("option").first()).toHaveText(`Behold nåværende status (${status})`);
}

/** Chooses a new status and saves; the caller asserts the outcome. */
export async function saveWithStatus(page: Page, status: string) {
  await statusSelect(page).selectOption({ label: status });
  await page.getByRole("button", { name: "Lagre" }).click();
}

export async function expectSaved(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: "Endringene er lagret." })).toBeVisible();
}

/** The institution sends a step to Bits with the "Send til Bits" button and its confirmation
 * dialog (which lists what is sent); the step then shows who sent it. */
export async function sendToBits(page: Page) {
  await page.getByRole("button", { name: "Send til Bits" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: /^Send [A-D]-\d+ til Bits\?$/ })).toBeVisible();
  await dialog.getByRole("button", { name: "Send til Bits" }).click();
  await expect(page.getByTestId("sent-by")).toContainText("Sendt til Bits");
}

/** Bits approves a step that waits for its review ("Godkjenn"). */
export async function approveAsBits(bits: Page) {
  await expect(bits.getByTestId("sent-by")).toBeVisible();
  await bits.getByRole("button", { name: "Godkjenn" }).click();
  await expectRecordedStatus(bits, "Ferdig");
}

/** Bits returns a step to the institution with a reason ("Send tilbake"). */
export async function returnAsBits(bits: Page, reason: string) {
  await bits.getByLabel("Begrunnelse (kreves for å sende tilbake)").fill(reason);
  await bits.getByRole("button", { name: "Send tilbake" }).click();
  await expectRecordedStatus(bits, "Sendt tilbake");
}

/** The step form's summary of a refused or conflicting save. */
export const formAlert = (page: Page) => page.locator("form").getByRole("alert");
/** The error summary at the top of a form (focused after a refused submit). */
export const errorSummary = (page: Page) => page.getByTestId("error-summary");

/** The institution page's process view: phases A–D as an ordered list. */
export const processList = (page: Page) => page.getByRole("list", { name: "Fasene i påkoblingen" });

/** A phase's item in the process view ("A" … "D"). */
export const phaseItem = (page: Page, phase: string): Locator =>
  processList(page).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: new RegExp(`^Fase ${phase} `) }) });

/** A step's row in the institution page's task list (inside its phase, not the phase's item). */
export const taskListItem = (page: Page, key: TKey): Locator =>
  processList(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: stepLinkName(key), exact: true }) })
    .filter({ hasNot: page.getByRole("listitem") });

/** Expands the step's phase when it starts collapsed (finished, or not begun), and returns its row. */
export async function shownTaskListItem(page: Page, key: TKey): Promise<Locator> {
  const details = phaseItem(page, key[0]).locator("details");
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
  await expect(details).toHaveAttribute("open", "");
  return taskListItem(page, key);
}

/** A date `days` from today as YYYY-MM-DD. */
export function isoDateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A date `years` from today as YYYY-MM-DD. */
export function isoDateInYears(years: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/**
 * Calls the step form's server action directly, as the browser does: the form's fields first as
 * "_1_<name>", the argument row "0" last. (React reads "$K1" when it parses row 0, so the fields
 * must already have arrived; a plain object would send the integer-like key "0" first.)
 */
export async function callUpdateStepAction(page: Page, opts: { institutionId: string; stepKey: TKey; fields: Record<string, string> }) {
  const action = serverActions().find((a) => a.filename === "app/institutions/[id]/steps/[key]/actions.ts" && a.exportedName === "updateStepAction");
  expect(action, "updateStepAction in the build's server-reference manifest").toBeDefined();
  const body = new FormData();
  for (const [k, v] of Object.entries(opts.fields)) body.append(`_1_${k}`, v);
  body.append("0", JSON.stringify([opts.institutionId, opts.stepKey, null, "$K1"]));
  const res = await page.request.post(stepPath(opts.institutionId, opts.stepKey), {
    headers: { "Next-Action": action!.id, Accept: "text/x-component" },
    multipart: body,
    maxRedirects: 0,
  });
  expect(res.status()).toBe(200);
  const row = (await res.text()).split("\n").find((l) => l.startsWith("1:"));
  return row ? (JSON.parse(row.slice(2)) as unknown) : undefined;
}
