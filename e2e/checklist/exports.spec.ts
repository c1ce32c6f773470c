import fs from "node:fs";
import type { Download, Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { expect, test } from "../test";
import { fixtures, signInAs } from "../fixtures";

// The coordinator's exports: each link downloads a file that opens (CSV as Excel reads it in a
// Norwegian locale, XLSX through the workbook format), with the rows the overview shows.

async function download(page: Page, link: string): Promise<Download> {
  const started = page.waitForEvent("download");
  await page.getByRole("navigation", { name: "Eksport" }).getByRole("link", { name: link }).click();
  return started;
}

function readCsv(file: string): string[][] {
  const text = fs.readFileSync(file, "utf8");
  expect(text.startsWith("\uFEFF"), "a BOM, so Excel reads UTF-8").toBe(true);
  return parse(text.slice(1), { delimiter: ";" }) as string[][];
}

async function readXlsx(file: string, sheetName: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName);
  expect(sheet, `sheet ${sheetName}`).toBeDefined();
  const rows: unknown[][] = [];
  sheet!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

test("the overview exports download and open as CSV and Excel, in Norwegian, with the search applied", async ({ page }) => {
  const b = fixtures().institutions.B;
  await signInAs(page, "coordinator");
  await page.goto(`/overview?q=${encodeURIComponent(b.name)}`);

  const csv = await download(page, "Last ned oversikten (CSV)");
  expect(csv.suggestedFilename()).toMatch(/^ajour-oversikt-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = readCsv(await csv.path());
  expect(header.slice(0, 5)).toEqual(["Org.nr.", "Navn", "Tredjepartsleverandør", "Fase", "Framdrift totalt (%)"]);
  expect(rows.map((r) => r[1])).toEqual([b.name]);
  expect(rows[0][header.indexOf("Fase")]).toBe("A – Forberedelse");
  expect(rows[0][header.indexOf("Neste steg")]).toBe("A-1");
  expect(rows[0][header.indexOf("Venter på")]).toBe("Venter på pensjonsinnretningen");

  const xlsx = await download(page, "Last ned oversikten (Excel)");
  expect(xlsx.suggestedFilename()).toMatch(/^ajour-oversikt-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const [xHeader, ...xRows] = await readXlsx(await xlsx.path(), "oversikt");
  expect(xHeader).toEqual(header);
  expect(xRows.map((r) => r[1])).toEqual([b.name]);
  expect(xRows[0][header.indexOf("Framdrift totalt (%)")]).toBe(0);
});

test("the step exports follow the overview's filters and the page's language; statuses are words", async ({ page }) => {
  const b = fixtures().institutions.B;
  await signInAs(page, "coordinator");
  await page.goto(`/overview?q=${encodeURIComponent(b.name)}`);

  const csv = await download(page, "Last ned alle steg (CSV)");
  expect(csv.suggestedFilename()).toMatch(/^ajour-steg-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = readCsv(await csv.path());
  const col = (name: string) => header.indexOf(name);
  expect(new Set(rows.map((r) => r[col("Pensjonsinnretning")]))).toEqual(new Set([b.name])); // the search applies
  expect(rows.map((r) => r[col("Steg")])).toContain("D-2");
  expect(rows.find((r) => r[col("Steg")] === "A-1")?.[col("Status")]).toBe("Ikke startet");
  // B has a third-party supplier: B-7 applies to it
  expect(rows.find((r) => r[col("Steg")] === "B-7")?.[col("Gjelder")]).toBe("Ja");

  const xlsx = await download(page, "Last ned alle steg (Excel)");
  expect(xlsx.suggestedFilename()).toMatch(/^ajour-steg-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const [xHeader, ...xRows] = await readXlsx(await xlsx.path(), "steg");
  expect(xHeader).toEqual(header);
  expect(xRows).toHaveLength(rows.length);
  expect(xRows.map((r) => r[col("Steg")])).toEqual(rows.map((r) => r[col("Steg")]));
  expect(xRows.find((r) => r[col("Steg")] === "B-7")?.[col("Gjelder")]).toBe(true);

  // in English, the same export speaks English
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
  const res = await page.request.get(`/api/export/steps?format=csv&q=${encodeURIComponent(b.name)}`);
  const [enHeader, ...enRows] = parse((await res.text()).slice(1), { delimiter: ";" }) as string[][];
  expect(enHeader.slice(0, 3)).toEqual(["Org. no.", "Pension institution", "Step"]);
  expect(enRows.find((r) => r[2] === "A-1")?.[enHeader.indexOf("Status")]).toBe("Not started");
});
