import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { ExportTable } from "./tables";

export type ExportFormat = "csv" | "xlsx";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * CSV with a BOM and semicolons: what Excel opens correctly in a Norwegian locale. Yes/no cells
 * are written "true"/"false" (csv-stringify's default, "1" and "", reads as empty for no).
 */
export function toCsv(table: ExportTable): string {
  const rows = [table.headers, ...table.rows.map((r) => r.map((c) => (c === null ? "" : c)))];
  return "\uFEFF" + stringify(rows, { delimiter: ";", cast: { boolean: (value) => String(value) } });
}

export async function toXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Ajour";
  const sheet = workbook.addWorksheet(table.name);
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.columns.forEach((c) => (c.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
