import ExcelJS from "exceljs";
import { writeCsv } from "../../csv/write-csv";
import type { ExportTable } from "./tables";

export type ExportFormat = "csv" | "xlsx";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * CSV with a BOM and semicolons: what Excel opens correctly in a Norwegian locale. Yes/no cells
 * are written "true"/"false"; a cell that would start a formula is escaped (lib/csv/write-csv).
 */
export function toCsv(table: ExportTable): string {
  return writeCsv([table.headers, ...table.rows], { delimiter: ";", bom: true });
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
