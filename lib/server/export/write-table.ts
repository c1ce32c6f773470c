import ExcelJS from "exceljs";
import { writeCsv } from "../../csv/write-csv";
import { osloParts } from "../../format/dates";
import type { Cell, DateCell, ExportTable } from "./tables";

export type ExportFormat = "csv" | "xlsx";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const isDateCell = (c: Cell): c is DateCell => typeof c === "object" && c !== null;
const pad = (n: number) => String(n).padStart(2, "0");

/** A date cell as text: "2026-11-30", or Oslo's wall clock "2026-11-30 15:39" (Excel reads both as dates). */
export function dateCellText(c: DateCell): string {
  if (c.kind === "day") return c.day;
  const p = osloParts(c.at);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * CSV with a BOM and semicolons: what Excel opens correctly in a Norwegian locale. Yes/no cells
 * are written in the reader's words (an empty cell would read as "no" and as "missing" alike); a
 * cell that would start a formula is escaped (lib/csv/write-csv).
 */
export function toCsv(table: ExportTable): string {
  const [yes, no] = table.yesNo;
  const text = (c: Cell) => (c === null ? "" : typeof c === "boolean" ? (c ? yes : no) : isDateCell(c) ? dateCellText(c) : c);
  return writeCsv([table.headers, ...table.rows.map((r) => r.map(text))], { delimiter: ";", bom: true });
}

const DAY_FORMAT = "yyyy-mm-dd";
export const INSTANT_FORMAT = "yyyy-mm-dd hh:mm";

/**
 * A date cell as the Date ExcelJS writes: Excel has no time zones, so an instant becomes Oslo's
 * wall clock (written as if it were UTC, which is how ExcelJS turns a Date into a serial).
 */
export function excelDate(c: DateCell): Date {
  if (c.kind === "day") return new Date(`${c.day}T00:00:00Z`);
  const p = osloParts(c.at);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
}

export async function toXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Ajour";
  const sheet = workbook.addWorksheet(table.name);
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(row.map((c) => (isDateCell(c) ? excelDate(c) : c)));
    row.forEach((c, i) => {
      if (isDateCell(c)) added.getCell(i + 1).numFmt = c.kind === "day" ? DAY_FORMAT : INSTANT_FORMAT;
    });
  }
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.columns.forEach((c) => (c.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
