// Export tables: header + rows, written to CSV or XLSX by ./write-table. Headers, statuses and
// other words are in the reader's language (`labels`, from the page's locale); dates are cells
// of their own kind, so the writers can show them in Oslo time (CSV) or as real dates (XLSX).
import { evidenceCompleteness, evidenceFields, type TDisplayState } from "../../onboarding";
import { evidenceKeyLabel } from "../../onboarding/evidence-labels";
import type { TOverviewFilter } from "../../validation/checklist";
import type { CoreActor } from "../access/require-access";
import { requireCoordinator } from "../checklist/access";
import { CHECKLIST_INSTITUTION_SELECT, toSource } from "../checklist/load-states";
import { listOverview, ownershipNames } from "../checklist/list-overview";
import { summarize } from "../checklist/summarize";
import type { PrismaClient } from "../prisma-client";

/** A calendar day (YYYY-MM-DD, e.g. a due date) or an instant (shown in Oslo time). */
export type DateCell = { kind: "day"; day: string } | { kind: "instant"; at: Date };
export type Cell = string | number | boolean | null | DateCell;
export interface ExportTable {
  name: string;
  headers: string[];
  rows: Cell[][];
  /** How CSV writes yes/no cells ("Ja"/"Nei"); XLSX keeps real booleans. */
  yesNo: [string, string];
}

/** Words of the export in the reader's language (messages `checklist.export` and friends). */
export interface TExportLabels {
  locale: "nb" | "en";
  column: (key: string) => string;
  /** The step's display state (lib/onboarding/step-state.ts), as the checklist's tags show it. */
  status: (status: TDisplayState) => string;
  phase: (phase: string) => string;
  waitingOn: (who: string, supplierName: string | null) => string;
  performer: (who: string) => string;
  yes: string;
  no: string;
}

export const OVERVIEW_COLUMNS = [
  "orgnr", "name", "third_party_supplier", "current_phase", "overall_percent", "phase_A_percent", "phase_B_percent", "phase_C_percent",
  "phase_D_percent", "next_step", "waiting_on", "days_since_activity", "stale", "overdue_steps", "certificate_warning_expires", "target_production_date",
  "responsible_coordinator", "main_contact",
] as const;
export const STEP_COLUMNS = [
  "orgnr", "institution", "step", "phase", "title", "performer", "applicable", "status", "due_date", "overdue",
  "updated_at", "updated_by", "evidence_complete", "evidence_missing",
] as const;

const day = (d: string | null | undefined): DateCell | null => (d ? { kind: "day", day: d.slice(0, 10) } : null);

/** The overview's rows, or (`ids`: the overview's selection, issue 15) those of them selected, in the overview's order. */
async function overviewRows(opts: { db: PrismaClient; actor: CoreActor; today: string; filters: TOverviewFilter; ids?: readonly string[] }) {
  const result = await listOverview(opts);
  if (!opts.ids) return result;
  const wanted = new Set(opts.ids);
  return { ...result, rows: result.rows.filter((r) => wanted.has(r.institution.id)) };
}

export async function overviewTable(opts: { db: PrismaClient; actor: CoreActor; today: string; filters: TOverviewFilter; labels: TExportLabels; ids?: readonly string[] }): Promise<ExportTable> {
  const { rows, people } = await overviewRows(opts);
  const person = await ownershipNames(opts.db, people, rows);
  const { labels } = opts;
  const phases = ["A", "B", "C", "D"] as const;
  return {
    name: "oversikt",
    headers: OVERVIEW_COLUMNS.map(labels.column),
    yesNo: [labels.yes, labels.no],
    rows: rows.map((r) => [
      r.institution.orgnr,
      r.institution.name,
      r.hasSupplier,
      labels.phase(r.phase),
      r.progress.overall.percent,
      ...phases.map((p) => r.progress.phases[p]?.percent ?? null),
      r.next?.key ?? null,
      r.waitingOn ? labels.waitingOn(r.waitingOn, r.institution.supplierName) : null,
      r.daysSinceActivity,
      r.stale,
      r.overdueCount,
      day(r.certificateWarning?.expiresOn),
      day(r.institution.targetProductionDate),
      person(r.ownership.coordinatorId),
      person(r.ownership.contactId),
    ]),
  };
}

/**
 * Every step of the institutions the overview shows with the same filters (all of them without
 * filters), one row each, in the overview's order: where each step stands and what it lacks.
 */
export async function stepDetailTable(opts: { db: PrismaClient; actor: CoreActor; today: string; filters: TOverviewFilter; labels: TExportLabels; ids?: readonly string[] }): Promise<ExportTable> {
  await requireCoordinator(opts.db, opts.actor, "checklist.export");
  const { labels } = opts;
  const { rows: shown } = await overviewRows(opts);
  const order = new Map(shown.map((r, i) => [r.institution.id, i]));
  const institutions = (await opts.db.institution.findMany({ where: { id: { in: [...order.keys()] } }, select: CHECKLIST_INSTITUTION_SELECT }))
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const rows: Cell[][] = [];
  for (const i of institutions) {
    const source = toSource(i);
    for (const s of summarize(source, opts.today).steps.filter((x) => !x.retired)) { // retired steps: read-only records, not work
      const evidence = source.states[s.step.key]?.evidence;
      const completeness = evidenceCompleteness(s.step.key, evidence, { profile: source.profile, delegations: source.delegations ?? [] });
      const fields = evidenceFields(s.step.key);
      rows.push([
        i.orgnr, i.name, s.step.key, s.step.phase, s.step.title[labels.locale], labels.performer(s.step.performer), s.applicable, labels.status(s.display),
        day(s.dueDate), s.overdue, s.updatedAt ? { kind: "instant", at: new Date(s.updatedAt) } : null, s.updatedByName,
        completeness.complete, completeness.missing.map((k) => evidenceKeyLabel(k, fields, labels.locale)).join("; "),
      ]);
    }
  }
  return { name: "steg", headers: STEP_COLUMNS.map(labels.column), yesNo: [labels.yes, labels.no], rows };
}
