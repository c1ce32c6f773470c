// Pure: one institution's line in the coordinators' overview, and the filter and sort over them.
import { compareIso, daysBetween, PHASES, type TPhase } from "../../onboarding";
import { effectiveDir, matchesOwner, sortBy, type TOwnerFilter } from "../../overview-tools";
import type { TOverviewFilter } from "../../validation/checklist";
import { osloToday, type TChecklistSource } from "./load-states";
import { institutionView, summarize, type TChecklistSummary } from "./summarize";

export const STALE_AFTER_DAYS = 14;

export function overviewRow(source: TChecklistSource, today: string, lastCommentAt: Date | null, s: TChecklistSummary = summarize(source, today)) {
  // Checklist activity (step changes, comments); an institution with none counts from its creation.
  const candidates = [s.lastActivity, lastCommentAt?.toISOString() ?? null].filter((c): c is string => c !== null);
  const lastActivity = candidates.sort().at(-1) ?? source.institution.createdAt.toISOString();
  const daysSinceActivity = Math.max(0, daysBetween(osloToday(new Date(lastActivity)), today));
  return {
    institution: institutionView(source),
    hasSupplier: source.profile.hasSupplier,
    phase: s.phase,
    progress: s.progress,
    next: s.next ? { key: s.next.step.key, title: s.next.step.title, status: s.next.display } : null,
    waitingOn: s.waitingOn,
    bitsQueueCount: s.bitsQueue.length,
    lastActivity,
    daysSinceActivity,
    stale: s.phase !== "DONE" && daysSinceActivity > STALE_AFTER_DAYS,
    overdueCount: s.overdue.length,
    blocked: s.blocked.map((b) => ({ key: b.step.key, reason: b.reason })),
    certificateWarning: s.certificates[0] ?? null,
    /** Ownership (issue 15): ids only; list-overview.ts adds the names. */
    ownership: { coordinatorId: source.institution.responsibleCoordinatorId ?? null, contactId: source.institution.mainContactUserId ?? null },
  };
}

export type TOverviewRow = ReturnType<typeof overviewRow>;

// One collator for every comparison: localeCompare(…, "nb") builds a new one per call, which made
// sorting 500 institutions a millisecond-scale part of each overview request.
const NAME_ORDER = new Intl.Collator("nb");

const phaseRank = (p: TPhase | "DONE") => (p === "DONE" ? PHASES.length : PHASES.indexOf(p));

/** Sorting by responsible coordinator compares their names (nobody responsible sorts last). */
export interface TSortContext {
  owner?: TOwnerFilter;
  coordinatorName?: (id: string) => string | undefined;
}

export function filterAndSort(rows: TOverviewRow[], f: TOverviewFilter, ctx: TSortContext = {}): TOverviewRow[] {
  const owner = ctx.owner ?? { kind: "any" };
  const out = rows.filter(
    (r) =>
      (!f.phase || r.phase === f.phase) &&
      (!f.waitingOnBits || r.bitsQueueCount > 0) &&
      (!f.overdue || r.overdueCount > 0) &&
      (!f.thirdParty || r.hasSupplier) &&
      (!f.stale || r.stale) &&
      matchesOwner(r.ownership?.coordinatorId ?? null, owner),
  );
  const byName = (a: TOverviewRow, b: TOverviewRow) => NAME_ORDER.compare(a.institution.name, b.institution.name);
  const coordinator = (r: TOverviewRow) => (r.ownership?.coordinatorId ? ctx.coordinatorName?.(r.ownership.coordinatorId) ?? "\uffff" : null);
  const warnings = (r: TOverviewRow) => r.overdueCount + r.blocked.length + (r.certificateWarning ? 1 : 0);
  // ascending order of each column's value; the direction is applied by sortBy
  const cmp: Record<TOverviewFilter["sort"], (a: TOverviewRow, b: TOverviewRow) => number> = {
    name: byName,
    phase: (a, b) => phaseRank(a.phase) - phaseRank(b.phase) || a.progress.overall.percent - b.progress.overall.percent,
    progress: (a, b) => a.progress.overall.percent - b.progress.overall.percent,
    activity: (a, b) => a.daysSinceActivity - b.daysSinceActivity,
    warnings: (a, b) => warnings(a) - warnings(b),
    target: (a, b) => compareIso(a.institution.targetProductionDate ?? "9999", b.institution.targetProductionDate ?? "9999"),
    coordinator: (a, b) => {
      const [x, y] = [coordinator(a), coordinator(b)];
      return x === y ? 0 : x === null ? 1 : y === null ? -1 : NAME_ORDER.compare(x, y);
    },
  };
  return sortBy(out, cmp[f.sort], effectiveDir(f.sort, f.dir), byName);
}
