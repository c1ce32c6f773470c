// Export tables: plain header + rows, written to CSV or XLSX by ./write-table. Column names are
// stable machine names (the same in both languages) so spreadsheets and scripts can rely on them.
import { evidenceCompleteness } from "../../onboarding";
import type { TOverviewFilter } from "../../validation/checklist";
import type { CoreActor } from "../access/require-access";
import { requireCoordinator } from "../checklist/access";
import { CHECKLIST_INSTITUTION_SELECT, toSource } from "../checklist/load-states";
import { listOverview } from "../checklist/list-overview";
import { summarize } from "../checklist/summarize";
import type { PrismaClient } from "../prisma-client";

export type Cell = string | number | boolean | null;
export interface ExportTable {
  name: string;
  headers: string[];
  rows: Cell[][];
}

export async function overviewTable(opts: { db: PrismaClient; actor: CoreActor; today: string; filters: TOverviewFilter }): Promise<ExportTable> {
  const { rows } = await listOverview(opts);
  const phases = ["A", "B", "C", "D"] as const;
  return {
    name: "oversikt",
    headers: ["orgnr", "name", "third_party_supplier", "current_phase", "overall_percent", ...phases.map((p) => `phase_${p}_percent`),
      "next_step", "waiting_on", "days_since_activity", "stale", "overdue_steps", "certificate_warning_expires", "target_production_date"],
    rows: rows.map((r) => [
      r.institution.orgnr,
      r.institution.name,
      r.hasSupplier,
      r.phase,
      r.progress.overall.percent,
      ...phases.map((p) => r.progress.phases[p]?.percent ?? null),
      r.next?.key ?? null,
      r.waitingOn,
      r.daysSinceActivity,
      r.stale,
      r.overdueCount,
      r.certificateWarning?.expiresOn ?? null,
      r.institution.targetProductionDate ?? null,
    ]),
  };
}

/** Every step of every institution, one row each: where each step stands and what it lacks. */
export async function stepDetailTable(opts: { db: PrismaClient; actor: CoreActor; today: string }): Promise<ExportTable> {
  await requireCoordinator(opts.db, opts.actor, "checklist.export");
  const institutions = await opts.db.institution.findMany({ select: CHECKLIST_INSTITUTION_SELECT, orderBy: { name: "asc" } });
  const rows: Cell[][] = [];
  for (const i of institutions) {
    const source = toSource(i);
    for (const s of summarize(source, opts.today).steps.filter((x) => !x.retired)) { // retired steps: read-only records, not work
      const evidence = source.states[s.step.key]?.evidence;
      const completeness = evidenceCompleteness(s.step.key, evidence, { profile: source.profile });
      rows.push([
        i.orgnr, i.name, s.step.key, s.step.phase, s.step.title.nb, s.step.performer, s.applicable, s.status,
        s.dueDate ?? null, s.overdue, s.updatedAt, s.updatedByName, completeness.complete, completeness.missing.join(" "),
      ]);
    }
  }
  return {
    name: "steg",
    headers: ["orgnr", "institution", "step", "phase", "title", "performer", "applicable", "status", "due_date", "overdue",
      "updated_at", "updated_by", "evidence_complete", "evidence_missing"],
    rows,
  };
}
