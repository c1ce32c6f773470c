// Set of month indices stored as a run-end table over a fixed span: runEnd[i - lo] is the last
// index of the run holding i, or -1. "Is [a, b] fully inside?" is then one lookup, which keeps the
// common gyldig=true answer O(1) and allocation-free.
import { formatMonth as formatMonthImport } from "./months";

// Local binding: when transpiled to CommonJS (tsx, the CLI) each use of an imported name is a
// getter call on the module object, which showed up in profiles of the hot path.
const formatMonth = formatMonthImport;

export class MonthSet {
  readonly lo: number;
  readonly hi: number;
  private readonly runEnd: number[];
  readonly runs: ReadonlyArray<readonly [number, number]>;

  /** `runs`: ascending, disjoint, non-adjacent [start, end] pairs (inclusive). */
  constructor(runs: Array<[number, number]>) {
    this.runs = runs;
    if (runs.length === 0) {
      this.lo = 0;
      this.hi = -1;
      this.runEnd = [];
      return;
    }
    this.lo = runs[0][0];
    this.hi = runs[runs.length - 1][1];
    this.runEnd = new Array<number>(this.hi - this.lo + 1).fill(-1);
    for (const [s, e] of runs) this.runEnd.fill(e, s - this.lo, e - this.lo + 1);
  }

  /** Runs from ascending unique indices. */
  static fromSorted(sorted: ArrayLike<number>): MonthSet {
    const runs: Array<[number, number]> = [];
    for (let i = 0; i < sorted.length; i++) {
      const last = runs[runs.length - 1];
      if (last && sorted[i] === last[1] + 1) last[1] = sorted[i];
      else runs.push([sorted[i], sorted[i]]);
    }
    return new MonthSet(runs);
  }

  has(i: number): boolean {
    return i >= this.lo && i <= this.hi && this.runEnd[i - this.lo] >= 0;
  }

  /** True when every month of [a, b] is in the set. */
  covers(a: number, b: number): boolean {
    return a >= this.lo && a <= this.hi && this.runEnd[a - this.lo] >= b;
  }

  /** Months of [a, b] not in the set, ascending, as cached strings. */
  missing(a: number, b: number): string[] {
    const out: string[] = [];
    const lo = this.lo, hi = this.hi, runEnd = this.runEnd;
    for (let i = a; i <= b; i++) {
      if (i >= lo && i <= hi) {
        const e = runEnd[i - lo];
        if (e >= 0) { i = e; continue; } // skip the whole run
      }
      out.push(formatMonth(i));
    }
    return out;
  }

  size(): number {
    let n = 0;
    for (const [s, e] of this.runs) n += e - s + 1;
    return n;
  }

  toMonths(): string[] {
    const out: string[] = [];
    for (const [s, e] of this.runs) for (let i = s; i <= e; i++) out.push(formatMonth(i));
    return out;
  }

  toRanges(): string {
    return this.runs
      .map(([s, e]) => (s === e ? formatMonth(s) : formatMonth(s) + ".." + formatMonth(e)))
      .join(", ");
  }
}
