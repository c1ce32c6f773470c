import { expect, test } from "../test";
import { expectNoAxeViolations } from "../axe";
import { fixtures, signInAs } from "../fixtures";
import { expectSaved, saveWithStatus, stepPath } from "./helpers";

// Readable everywhere: history and audit trail as sentences with people's names, one date format,
// canonical step addresses, an app icon, e-mail addresses that never break mid-word.
// Works on step A-4 of institution A only (no other spec touches it).

test("a step's history and the audit trail read as sentences with names and Oslo dates, in both languages", async ({ page }) => {
  const f = fixtures();
  const A = f.institutions.A;
  await signInAs(page, "ownerA");
  await page.goto(stepPath(A.id, "A-4"));
  await saveWithStatus(page, "Pågår");
  await expectSaved(page);

  await page.reload();
  const history = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Historikk" }) });
  const entry = history.getByRole("listitem").first();
  await expect(entry).toContainText("Status endret fra Ikke startet til Pågår");
  await expect(entry).toContainText(f.users.ownerA.name);
  await expect(entry).toContainText(/\d{1,2}\. [a-zæøå]+\.? \d{4} kl\. \d{2}:\d{2}/);
  await entry.getByText("Vis detaljer").click();
  await expect(entry.getByRole("table")).toContainText("Status");
  await expect(entry.getByRole("table")).toContainText("Ikke startet");
  await expect(history).not.toContainText("{");
  await expect(history).not.toContainText("step:");
  await expect(history).not.toContainText("seed");

  await signInAs(page, "coordinator");
  await page.goto(`/audit?institutionId=${A.id}&action=step.update`);
  const row = page.getByRole("row").filter({ hasText: "A-4" }).first();
  await expect(row).toContainText("Status endret fra Ikke startet til Pågår");
  await expect(row).toContainText(f.users.ownerA.name);
  await expect(row).toContainText(f.users.ownerA.email);
  const table = page.getByRole("table", { name: "Revisjonslogg" });
  await expect(table).not.toContainText(`step:${A.id}`);
  await expect(table).not.toContainText("step.update");
  await expect(page.getByLabel("Handling").locator("option:checked")).toHaveText("Steg endret");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Bytt til English" }).click();
  await expect(page.getByRole("row").filter({ hasText: "A-4" }).first()).toContainText("Status changed from Not started to In progress");
  await expect(page.getByRole("row").filter({ hasText: "A-4" }).first()).toContainText(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/);
  await page.getByRole("button", { name: "Switch to Norsk bokmål" }).click();
});

test("a step address typed in lower case goes to the canonical one", async ({ page }) => {
  const A = fixtures().institutions.A;
  await signInAs(page, "ownerA");
  await page.goto(`/institutions/${A.id}/steps/a-4`);
  await expect(page).toHaveURL(new RegExp(`/institutions/${A.id}/steps/A-4$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("A-4");
  expect((await page.request.get(`/institutions/${A.id}/steps/z-99`, { maxRedirects: 0 })).status()).toBe(404);
});

test("the app has an SVG icon, also before sign-in", async ({ page }) => {
  await page.goto("/sign-in");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/image\/svg\+xml/);
});

test("e-mail addresses break only after @ or before a dot, at 390 px", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signInAs(page, "admin");
  for (const path of [`/institutions/${fixtures().institutions.A.id}`, "/audit", "/admin/users"]) {
    await page.goto(path);
    const emails = page.locator(".email");
    expect(await emails.count(), path).toBeGreaterThan(0);
    // where each rendered line of each address starts: only after "@" or at a "."
    const badBreaks = await emails.evaluateAll((els) =>
      els.flatMap((el) => {
        const text = el.textContent ?? "";
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const chars: { ch: string; top: number }[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          for (let i = 0; i < (n.textContent ?? "").length; i++) {
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + 1);
            chars.push({ ch: n.textContent![i], top: Math.round(r.getBoundingClientRect().top) });
          }
        }
        return chars.flatMap((c, i) => (i > 0 && c.top > chars[i - 1].top && !(chars[i - 1].ch === "@" || c.ch === ".") ? [`${text} before "${c.ch}"`] : []));
      }),
    );
    expect(badBreaks, path).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  }
});
