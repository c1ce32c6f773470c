// The rule engine: compile a pair once (integer month indices, run tables), then answer
// avtaleforhold / virkningsperiode / gyldighet questions cheaply. The plain functions compile too.
import { explainCompiled, type MonthExplanation } from "./explain";
import { MonthSet } from "./membership";
import {
  EARLIEST_AVTALEFORHOLD, EARLIEST_VIRKNINGSPERIODE, MONTHS_AFTER, MONTHS_BEFORE, monthIndexOrNeg as monthIndexImport, parseMonth,
} from "./months";
import type {
  AvtaleforholdGyldighetBody, PairInput, RawAgreement, VirkningsperiodeGyldighetBody,
} from "./types";

// Local binding avoids a CommonJS getter per call on the hot path (see membership.ts).
const monthIndexOrNeg = monthIndexImport;
const AF_MIN = parseMonth(EARLIEST_AVTALEFORHOLD);
const VP_MIN = parseMonth(EARLIEST_VIRKNINGSPERIODE);

function badPeriod(fraOgMed: string, tilOgMed: string): never {
  const ok = monthIndexOrNeg(fraOgMed) >= 0 && monthIndexOrNeg(tilOgMed) >= 0;
  throw new RangeError(`Invalid period ${fraOgMed}..${tilOgMed}: ${ok ? "fraOgMed is after tilOgMed" : "expected YYYY-MM"}`);
}

type Run = [number, number];

/** Sorted, merged runs (overlapping or adjacent runs join). Sorts a copy only when needed. */
export function normalizeRuns(runs: Run[]): Run[] {
  let sorted = true;
  for (let i = 1; i < runs.length && sorted; i++) sorted = runs[i - 1][0] <= runs[i][0];
  const src = sorted ? runs : [...runs].sort((x, y) => x[0] - y[0]);
  const out: Run[] = [];
  for (const [s, e] of src) {
    const last = out[out.length - 1];
    if (last && s <= last[1] + 1) { if (e > last[1]) last[1] = e; }
    else out.push([s, e]);
  }
  return out;
}

/** Runs of month indices in any order, duplicates allowed. */
export function runsOf(months: ArrayLike<number>): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < months.length; i++) {
    const m = months[i], last = runs[runs.length - 1];
    if (last && m === last[1] + 1) last[1] = m;
    else if (!last || m !== last[1]) runs.push([m, m]);
  }
  return normalizeRuns(runs);
}

/**
 * A pair prepared for many questions. (D) No "current month" limit applies: months after today
 * count like any other, and an ended agreement keeps granting its months. Everything is kept as runs of consecutive months
 * (employer reports are mostly unbroken), so building is O(runs × agreements).
 */
export class CompiledPair {
  /** Employer months as sorted, merged runs [start, end] (kept for explainMonth). */
  readonly employer: ReadonlyArray<readonly [number, number]>;
  readonly agreements: readonly RawAgreement[];
  readonly af: MonthSet;
  readonly vp: MonthSet;

  /** `employerRuns`: [start, end] month-index runs in any order (see runsOf). */
  constructor(employerRuns: Run[], agreements: readonly RawAgreement[]) {
    const emp = normalizeRuns(employerRuns);
    this.employer = emp;
    this.agreements = agreements;
    // AF: employer months covered by some agreement (union), never before 2021-01.
    const af: Run[] = [];
    for (const a of agreements) {
      const lo = Math.max(a.fra, AF_MIN), hi = a.til;
      for (const [s, e] of emp) {
        const x = Math.max(s, lo), y = Math.min(e, hi);
        if (x <= y) af.push([x, y]);
      }
    }
    const afRuns = normalizeRuns(af);
    this.af = new MonthSet(afRuns);
    // VP: union of [m-15, m+1] over AF, clipped at 2020-01. (D) derived from AF *after* the
    // 2021-01 cut, so mutual months before 2021 grant nothing (vector d02, primary reading).
    this.vp = new MonthSet(normalizeRuns(afRuns.map(([s, e]): Run => [Math.max(s - MONTHS_BEFORE, VP_MIN), e + MONTHS_AFTER])));
  }

  employerReported(m: number): boolean {
    for (const [s, e] of this.employer) if (s <= m && m <= e) return true;
    return false;
  }

  avtaleforhold(): string[] { return this.af.toMonths(); }
  virkningsperiode(): string[] { return this.vp.toMonths(); }
  avtaleforholdRanges(): string { return this.af.toRanges(); }
  virkningsperiodeRanges(): string { return this.vp.toRanges(); }

  /** (D) a pair without agreements answers gyldig:false listing every month, never an error. */
  avtaleforholdGyldighet(fraOgMed: string, tilOgMed: string): AvtaleforholdGyldighetBody {
    // Hot path: integer months, no intermediate allocations, O(1) when gyldig.
    const a = monthIndexOrNeg(fraOgMed), b = monthIndexOrNeg(tilOgMed);
    if (a < 0 || b < a) badPeriod(fraOgMed, tilOgMed);
    if (this.af.covers(a, b)) return { gyldig: true };
    return { gyldig: false, maanederUtenGyldigAvtaleforhold: { maaned: this.af.missing(a, b) } };
  }

  virkningsperiodeGyldighet(fraOgMed: string, tilOgMed: string): VirkningsperiodeGyldighetBody {
    const a = monthIndexOrNeg(fraOgMed), b = monthIndexOrNeg(tilOgMed);
    if (a < 0 || b < a) badPeriod(fraOgMed, tilOgMed);
    if (this.vp.covers(a, b)) return { gyldig: true };
    return { gyldig: false, maanederUtenforGyldigVirkningsperiode: { maaned: this.vp.missing(a, b) } };
  }

  explainMonth(month: string): MonthExplanation {
    return explainCompiled(this, parseMonth(month));
  }
}

/** Parses the pair's months once; throws RangeError on a malformed month. */
export function compile(input: PairInput): CompiledPair {
  const emp = input.employerMonths.map(parseMonth);
  const agreements: RawAgreement[] = input.agreements.map((a) => ({
    ref: a.avtalereferanse,
    fra: parseMonth(a.fraOgMed),
    // No tilOgMed = active agreement (Skatteetaten example 1).
    til: a.tilOgMed == null ? Infinity : parseMonth(a.tilOgMed),
  }));
  return new CompiledPair(runsOf(emp), agreements);
}

export const avtaleforhold = (input: PairInput): string[] => compile(input).avtaleforhold();
export const virkningsperiode = (input: PairInput): string[] => compile(input).virkningsperiode();
export const avtaleforholdGyldighet = (input: PairInput, fraOgMed: string, tilOgMed: string) =>
  compile(input).avtaleforholdGyldighet(fraOgMed, tilOgMed);
export const virkningsperiodeGyldighet = (input: PairInput, fraOgMed: string, tilOgMed: string) =>
  compile(input).virkningsperiodeGyldighet(fraOgMed, tilOgMed);
export const explainMonth = (input: PairInput, month: string): MonthExplanation =>
  compile(input).explainMonth(month);
