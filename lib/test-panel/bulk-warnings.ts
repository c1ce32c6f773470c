// Warnings per employer for the bulk check (and the single scenario), and the results as CSV.
import { writeCsv } from "@/lib/csv/write-csv";
import { formatMonth } from "@/lib/rules";

/** A gap this long between two avtaleforhold months leaves a hole in the virkningsperiode (15 before + 1 after + 1). */
export const GAP_WITH_HOLE = 17;

export type BulkWarning =
  | { code: "AGREEMENT_WITHOUT_EMPLOYER" } // agreement registered, but the employer reports no months
  | { code: "EMPLOYER_WITHOUT_AGREEMENT" } // employer reports months, but no agreement is registered
  | { code: "EMPTY_AVTALEFORHOLD" } // both exist, but no mutual month from 2021-01
  | { code: "GAP_17"; from: string; to: string; months: number }; // first and last month of the gap

type Runs = ReadonlyArray<readonly [number, number]>;

/** What the warnings need of a pair; a CompiledPair from lib/rules fits as it is. */
export interface WarningInput {
  employer: Runs;
  agreements: { length: number };
  af: { runs: Runs };
}

export function bulkWarnings(p: WarningInput): BulkWarning[] {
  const hasEmployer = p.employer.length > 0, hasAgreement = p.agreements.length > 0;
  const out: BulkWarning[] = [];
  if (hasAgreement && !hasEmployer) out.push({ code: "AGREEMENT_WITHOUT_EMPLOYER" });
  if (hasEmployer && !hasAgreement) out.push({ code: "EMPLOYER_WITHOUT_AGREEMENT" });
  if (hasEmployer && hasAgreement && p.af.runs.length === 0) out.push({ code: "EMPTY_AVTALEFORHOLD" });
  const runs = p.af.runs;
  for (let i = 1; i < runs.length; i++) {
    const gap = runs[i][0] - runs[i - 1][1] - 1;
    if (gap >= GAP_WITH_HOLE) {
      out.push({ code: "GAP_17", from: formatMonth(runs[i - 1][1] + 1), to: formatMonth(runs[i][0] - 1), months: gap });
    }
  }
  return out;
}

export interface BulkItem {
  opplysningspliktig: string;
  avtaleforhold: string; // compact ranges, "" when empty
  virkningsperiode: string;
  warnings: BulkWarning[];
}

/** Results as CSV (header + one line per employer); warnings are joined with "; " using `describe`. */
export function bulkResultsCsv(items: readonly BulkItem[], describe: (w: BulkWarning) => string): string {
  const rows = items.map((it) => [it.opplysningspliktig, it.avtaleforhold, it.virkningsperiode, it.warnings.map(describe).join("; ")]);
  return writeCsv([["opplysningspliktig", "avtaleforhold", "virkningsperiode", "advarsler"], ...rows], { recordDelimiter: "windows" });
}
