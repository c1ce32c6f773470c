// Bulk check: CSV rows or JSON entries grouped per employer, then one result per employer.
// Pure and I/O-free, so the CLI and the browser's bulk upload share it.
import type { CsvRow } from "./csv";
import { CompiledPair } from "./engine";
import { monthIndexOrNeg as monthIndexImport } from "./months";
import { isValidOrgnr } from "./orgnr";
import type { RawAgreement } from "./types";

const monthIndexOrNeg = monthIndexImport; // no CommonJS getter per row (see membership.ts)

export const CSV_COLUMNS = ["opplysningspliktig", "type", "maaned", "fraOgMed", "tilOgMed", "avtalereferanse"] as const;
type Column = (typeof CSV_COLUMNS)[number];
export type ColumnIndex = Record<Column, number>;

/** One CSV row as an object (e.g. from a browser table); `line` is for error messages. */
export interface BulkRow {
  line: number; opplysningspliktig: string; type: string;
  maaned?: string; fraOgMed?: string; tilOgMed?: string; avtalereferanse?: string;
}

/** Column positions from the header row (by name, any order), or an error naming the missing ones. */
export function readHeader(fields: string[]): ColumnIndex | string {
  const names = fields.map((f) => f.trim());
  const missing = CSV_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length) return `header must name the columns ${CSV_COLUMNS.join(",")} (missing: ${missing.join(", ")})`;
  return Object.fromEntries(CSV_COLUMNS.map((c) => [c, names.indexOf(c)])) as ColumnIndex;
}

/** `runs`: flat [start, end, start, end, …] month runs: ~48 monthly rows become one run. */
interface Group { runs: number[]; agreements: RawAgreement[] }

function addMonth(g: Group, m: number): void {
  const r = g.runs, n = r.length;
  if (n > 0 && r[n - 1] === m - 1) r[n - 1] = m;
  else if (n === 0 || r[n - 1] !== m) r.push(m, m);
}
const badMonth = (v: string, field: string) => `bad month ${JSON.stringify(v)} in ${field} (expected YYYY-MM, month 01–12)`;

/** Accumulates rows per employer (rows of one employer need not be contiguous). Methods return the reason when a row is bad. */
export class BulkCollector {
  // Keyed by the org number as an integer: cheaper than string keys for ~5 M rows.
  private readonly groups = new Map<number, Group>();
  private lastKey = -1;
  private last: Group | null = null;

  get size(): number { return this.groups.size; }

  addCsvRow(r: CsvRow, c: ColumnIndex): string | null {
    const key = r.digits9(c.opplysningspliktig);
    if (key !== this.lastKey || key < 0) { // rows of one employer usually come together: validate once
      if (r.isEmpty(c.opplysningspliktig)) return "missing field opplysningspliktig";
      if (key < 0 || !isValidOrgnr(r.text(c.opplysningspliktig))) return `bad org number ${JSON.stringify(r.text(c.opplysningspliktig))}`;
    }
    if (r.is(c.type, "employer-month")) {
      const m = r.month(c.maaned);
      if (m < 0) return r.isEmpty(c.maaned) ? "missing field maaned" : badMonth(r.text(c.maaned), "maaned");
      addMonth(this.group(key), m);
      return null;
    }
    if (r.is(c.type, "agreement")) {
      return this.agreement(key, r.text(c.fraOgMed), r.text(c.tilOgMed), r.text(c.avtalereferanse));
    }
    const type = r.text(c.type);
    return type === "" ? "missing field type" : `unknown type ${JSON.stringify(type)} (expected employer-month or agreement)`;
  }

  addRow(r: BulkRow): string | null {
    const op = r.opplysningspliktig.trim(), type = r.type.trim();
    if (op === "") return "missing field opplysningspliktig";
    if (!isValidOrgnr(op)) return `bad org number ${JSON.stringify(op)}`;
    if (type === "employer-month") {
      const maaned = (r.maaned ?? "").trim();
      if (maaned === "") return "missing field maaned";
      if (monthIndexOrNeg(maaned) < 0) return badMonth(maaned, "maaned");
      addMonth(this.group(Number(op)), monthIndexOrNeg(maaned));
      return null;
    }
    if (type === "agreement") {
      return this.agreement(Number(op), (r.fraOgMed ?? "").trim(), (r.tilOgMed ?? "").trim(), (r.avtalereferanse ?? "").trim());
    }
    return type === "" ? "missing field type" : `unknown type ${JSON.stringify(type)} (expected employer-month or agreement)`;
  }

  /** A JSON entry `{opplysningspliktig, employerMonths, agreements}`; nothing is added when it is bad. */
  addEntry(e: unknown): string | null {
    if (typeof e !== "object" || e === null) return "entry must be an object";
    const { opplysningspliktig: op, employerMonths: ms = [], agreements: ags = [] } = e as Record<string, unknown>;
    if (typeof op !== "string" || !isValidOrgnr(op)) return `bad org number ${JSON.stringify(op)}`;
    if (!Array.isArray(ms) || !Array.isArray(ags)) return "employerMonths and agreements must be arrays";
    for (const m of ms) if (monthIndexOrNeg(m) < 0) return badMonth(String(m), "employerMonths");
    const list = ags as Array<Record<string, unknown> | null>;
    for (const a of list) {
      const err = typeof a !== "object" || a === null ? "agreement must be an object"
        : checkAgreement(str(a.fraOgMed), str(a.tilOgMed ?? ""), str(a.avtalereferanse));
      if (err) return err;
    }
    const key = Number(op);
    for (const m of ms) addMonth(this.group(key), monthIndexOrNeg(m));
    for (const a of list) this.agreement(key, str(a!.fraOgMed), str(a!.tilOgMed ?? ""), str(a!.avtalereferanse));
    this.group(key); // an entry without months or agreements still gets a line
    return null;
  }

  /** (D) the same avtalereferanse again replaces the earlier agreement of that employer. */
  private agreement(key: number, fra: string, til: string, ref: string): string | null {
    const err = checkAgreement(fra, til, ref);
    if (err) return err;
    const g = this.group(key);
    const a: RawAgreement = { ref, fra: monthIndexOrNeg(fra), til: til === "" ? Infinity : monthIndexOrNeg(til) };
    const i = g.agreements.findIndex((x) => x.ref === ref);
    if (i >= 0) g.agreements[i] = a;
    else g.agreements.push(a);
    return null;
  }

  private group(key: number): Group {
    if (key === this.lastKey && this.last) return this.last;
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { runs: [], agreements: [] }));
    this.lastKey = key;
    this.last = g;
    return g;
  }

  /** Compiled pairs in first-seen order; each group is released once compiled to keep memory lean. */
  *pairs(): IterableIterator<[string, CompiledPair]> {
    this.last = null;
    this.lastKey = -1;
    for (const [key, g] of this.groups) {
      this.groups.delete(key);
      const runs: Array<[number, number]> = [];
      for (let i = 0; i < g.runs.length; i += 2) runs.push([g.runs[i], g.runs[i + 1]]);
      yield [String(key).padStart(9, "0"), new CompiledPair(runs, g.agreements)];
    }
  }
}

const str = (v: unknown): string => (typeof v === "string" ? v : v === undefined ? "" : String(v));

function checkAgreement(fra: string, til: string, ref: string): string | null {
  if (fra === "") return "missing field fraOgMed";
  if (monthIndexOrNeg(fra) < 0) return badMonth(fra, "fraOgMed");
  if (til !== "" && monthIndexOrNeg(til) < 0) return badMonth(til, "tilOgMed");
  if (til !== "" && til < fra) return "tilOgMed is before fraOgMed";
  if (ref === "") return "missing field avtalereferanse";
  if (ref.length > 4000) return "avtalereferanse must be 1–4000 characters";
  return null;
}
