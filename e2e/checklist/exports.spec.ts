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

test("the overview exports download and open as CSV and Excel, with the search applied", async ({ page }) => {
  const b = fixtures().institutions.B;
  await signInAs(page, "coordinator");
  await page.goto(`/overview?q=${encodeURIComponent(b.name)}`);

  const csv = await download(page, "Last ned oversikten (CSV)");
  expect(csv.suggestedFilename()).toMatch(/^ajour-oversikt-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = readCsv(await csv.path());
  expect(header.slice(0, 5)).toEqual(["orgnr", "name", "third_party_supplier", "current_phase", "overall_percent"]);
  expect(rows.map((r) => r[1])).toEqual([b.name]);
  expect(rows[0][header.indexOf("current_phase")]).toBe("A");
  expect(rows[0][header.indexOf("next_step")]).toBe("A-1");
  expect(rows[0][header.indexOf("waiting_on")]).toBe("INSTITUTION");

  const xlsx = await download(page, "Last ned oversikten (Excel)");
  expect(xlsx.suggestedFilename()).toMatch(/^ajour-oversikt-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const [xHeader, ...xRows] = await readXlsx(await xlsx.path(), "oversikt");
  expect(xHeader).toEqual(header);
  expect(xRows.map((r) => r[1])).toEqual([b.name]);
  expect(xRows[0][header.indexOf("overall_percent")]).toBe(0);
});

test("the step detail exports download and open as CSV and Excel, one row per step", async ({ page }) => {
  const b = fixtures().institutions.B;
  await signInAs(page, "coordinator");
  await page.goto("/overview");

  const csv = await download(page, "Last ned alle steg (CSV)");
  expect(csv.suggestedFilename()).toMatch(/^ajour-steg-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = readCsv(await csv.path());
  const col = (name: string) => header.indexOf(name);
  const ofB = rows.filter((r) => r[col("institution")] === b.name);
  expect(ofB.map((r) => r[col("step")])).toContain("D-2");
  expect(ofB.find((r) => r[col("step")] === "A-1")?.[col("status")]).toBe("NOT_STARTED");
  // B has a third-party supplier: B-7 applies to it
  expect(ofB.find((r) => r[col("step")] === "B-7")?.[col("applicable")]).toBe("true");

  const xlsx = await download(page, "Last ned alle steg (Excel)");
  expect(xlsx.suggestedFilename()).toMatch(/^ajour-steg-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const [xHeader, ...xRows] = await readXlsx(await xlsx.path(), "steg");
  expect(xHeader).toEqual(header);
  expect(xRows).toHaveLength(rows.length);
  const xOfB = xRows.filter((r) => r[col("institution")] === b.name);
  expect(xOfB.map((r) => r[col("step")])).toEqual(ofB.map((r) => r[col("step")]));
  expect(xOfB.find((r) => r[col("step")] === "B-7")?.[col("applicable")]).toBe(true);
});
