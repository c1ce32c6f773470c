// A test report as an XLSX workbook (exceljs, as the other exports): the run's facts on top,
// then one row per case. Times as Oslo's wall clock (Excel has no time zones).
import ExcelJS from "exceljs";
import { reportRows, type TRunReport } from "../../integration-test";
import { excelDate, INSTANT_FORMAT } from "../export/write-table";

export interface TReportLabels {
  sheet: string;
  title: string;
  institution: string;
  ranBy: string;
  madeBy: string;
  started: string;
  reported: string;
  result: string;
  resultText: string;
  columns: { case: string; required: string; expected: string; status: string; korrelasjonsid: string; at: string; months: string };
  yes: string;
  no: string;
  passed: string;
  notPassed: string;
}


export async function reportXlsx(report: TRunReport, locale: "nb" | "en", l: TReportLabels): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Ajour";
  const sheet = workbook.addWorksheet(l.sheet);
  sheet.addRow([l.title]).font = { bold: true, size: 14 };
  sheet.addRow([l.institution, `${report.institution.name} (${report.institution.orgnr})`]);
  const when = (iso: string) => excelDate({ kind: "instant", at: new Date(iso) });
  const started = sheet.addRow([l.started, when(report.startedAt)]);
  started.getCell(2).numFmt = INSTANT_FORMAT;
  const reported = sheet.addRow([l.reported, when(report.reportedAt)]);
  reported.getCell(2).numFmt = INSTANT_FORMAT;
  sheet.addRow([l.ranBy, report.startedBy]);
  sheet.addRow([l.madeBy, report.reportedBy]);
  sheet.addRow([l.result, l.resultText]);
  sheet.addRow([]);
  const c = l.columns;
  sheet.addRow([c.case, c.required, c.expected, c.status, c.korrelasjonsid, c.at, c.months]).font = { bold: true };
  for (const r of reportRows(report, locale)) {
    const row = sheet.addRow([r.title, r.required ? l.yes : l.no, r.expected, r.passed ? l.passed : l.notPassed, r.korrelasjonsid, r.at ? when(r.at) : null, r.maaneder.join(", ")]);
    if (r.at) row.getCell(6).numFmt = INSTANT_FORMAT;
  }
  sheet.columns.forEach((col, i) => (col.width = [40, 10, 28, 14, 40, 18, 30][i] ?? 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
