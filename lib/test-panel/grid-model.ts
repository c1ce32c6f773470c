// The month grid of Skatteetaten's example figures as data: years as column groups, months as
// columns, one row per agreement, then the employer, avtaleforhold and virkningsperiode rows.
import { formatMonth, parseMonth, type Agreement } from "@/lib/rules";
import type { Query } from "./scenario";

export const MAX_YEARS = 20;
/** Shown when nothing is entered yet: the year of the documented examples. */
export const DEFAULT_YEAR = 2022;
/** Months shown after the last month of the data ("a little" room to the right); the virkningsperiode needs none. */
export const PAD_AFTER = 1;

export interface GridInput {
  employerMonths: readonly string[];
  agreements: readonly Agreement[];
  af: readonly string[];
  vp: readonly string[];
  query?: Query;
}

/** Inclusive month indices, whole years: from is a January, to a December. */
export interface GridRange { from: number; to: number; clipped: boolean }

/** none, first month, between, last month, first = last, or open-ended (still running at the grid's end). */
export type AgreementCell = "none" | "start" | "inside" | "end" | "single" | "open";
/** In the set, not in it, or not in it although the queried period asks for it. */
export type SetCell = "in" | "out" | "missing";

export type GridRow =
  | { kind: "agreement"; ref: string; cells: AgreementCell[] }
  | { kind: "employer"; cells: boolean[] }
  | { kind: "af" | "vp"; cells: SetCell[] };

export interface GridModel {
  range: GridRange;
  years: { year: number; months: string[] }[];
  months: string[];
  /** Column is inside the queried period. */
  inQuery: boolean[];
  rows: GridRow[];
}

/** Whole years from the earliest to the latest month of the data (+PAD_AFTER), at most MAX_YEARS (latest kept). */
export function fitRange(input: GridInput): GridRange {
  // The virkningsperiode already ends a month after the data; everything else gets PAD_AFTER.
  const lows: number[] = [], highs: number[] = [];
  const add = (m: string | undefined, pad: number) => { if (m) { const i = parseMonth(m); lows.push(i); highs.push(i + pad); } };
  const ends = (xs: readonly string[], pad: number) => { add(xs[0], pad); add(xs[xs.length - 1], pad); };
  ends(input.vp, 0);
  ends(input.employerMonths, PAD_AFTER);
  ends(input.af, PAD_AFTER);
  for (const a of input.agreements) { add(a.fraOgMed, PAD_AFTER); add(a.tilOgMed, PAD_AFTER); }
  add(input.query?.fraOgMed, PAD_AFTER); add(input.query?.tilOgMed, PAD_AFTER);
  if (lows.length === 0) return { from: DEFAULT_YEAR * 12, to: DEFAULT_YEAR * 12 + 11, clipped: false };
  let fromYear = Math.floor(Math.min(...lows) / 12);
  const toYear = Math.floor(Math.max(...highs) / 12);
  const clipped = toYear - fromYear + 1 > MAX_YEARS;
  if (clipped) fromYear = toYear - MAX_YEARS + 1;
  return { from: fromYear * 12, to: toYear * 12 + 11, clipped };
}

function agreementCells(a: Agreement, cols: number[]): AgreementCell[] {
  const fra = parseMonth(a.fraOgMed), til = a.tilOgMed ? parseMonth(a.tilOgMed) : Infinity;
  const lastCol = cols[cols.length - 1];
  return cols.map((i) => {
    if (i < fra || i > til) return "none";
    if (fra === til) return "single";
    if (i === fra) return "start";
    if (i === til) return "end";
    if (til === Infinity && i === lastCol) return "open";
    return "inside";
  });
}

export function buildGrid(input: GridInput, range: GridRange = fitRange(input)): GridModel {
  const cols: number[] = [];
  for (let i = range.from; i <= range.to; i++) cols.push(i);
  const months = cols.map(formatMonth);
  const years: GridModel["years"] = [];
  for (let k = 0; k < months.length; k += 12) years.push({ year: Math.floor(cols[k] / 12), months: months.slice(k, k + 12) });
  const q = input.query;
  const inQuery = months.map((m) => !!q && q.fraOgMed <= m && m <= q.tilOgMed);
  const employer = new Set(input.employerMonths), af = new Set(input.af), vp = new Set(input.vp);
  const setCells = (set: Set<string>): SetCell[] => months.map((m, k) => (set.has(m) ? "in" : inQuery[k] ? "missing" : "out"));
  const rows: GridRow[] = [
    ...input.agreements.map((a): GridRow => ({ kind: "agreement", ref: a.avtalereferanse, cells: agreementCells(a, cols) })),
    { kind: "employer", cells: months.map((m) => employer.has(m)) },
    { kind: "af", cells: setCells(af) },
    { kind: "vp", cells: setCells(vp) },
  ];
  return { range, years, months, inQuery, rows };
}

/** Next focus position for an arrow/Home/End key in a rows × cols grid, or null for other keys. */
export function moveFocus(key: string, r: number, c: number, rows: number, cols: number, ctrl = false): [number, number] | null {
  switch (key) {
    case "ArrowLeft": return [r, Math.max(0, c - 1)];
    case "ArrowRight": return [r, Math.min(cols - 1, c + 1)];
    case "ArrowUp": return [Math.max(0, r - 1), c];
    case "ArrowDown": return [Math.min(rows - 1, r + 1), c];
    case "Home": return ctrl ? [0, 0] : [r, 0];
    case "End": return ctrl ? [rows - 1, cols - 1] : [r, cols - 1];
    case "PageUp": return [r, Math.max(0, c - 12)];
    case "PageDown": return [r, Math.min(cols - 1, c + 12)];
    default: return null;
  }
}
