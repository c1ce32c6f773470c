// Pure: one institution's line in the coordinators' overview, and the filter and sort over them.
import { compareIso, daysBetween, PHASES, type TPhase } from "../../onboarding";
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
  };
}

export type TOverviewRow = ReturnType<typeof overviewRow>;

// One collator for every comparison: localeCompare(…, "nb") builds a new one per call, which made
// sorting 500 institutions a millisecond-scale part of each overview request.
const NAME_ORDER = new Intl.Collator("nb");

const phaseRank = (p: TPhase | "DONE") => (p === "DONE" ? PHASES.length : PHASES.indexOf(p));

export function filterAndSort(rows: TOverviewRow[], f: TOverviewFilter): TOverviewRow[] {
  const out = rows.filter(
    (r) =>
      (!f.phase || r.phase === f.phase) &&
      (!f.waitingOnBits || r.bitsQueueCount > 0) &&
      (!f.overdue || r.overdueCount > 0) &&
      (!f.thirdParty || r.hasSupplier) &&
      (!f.stale || r.stale),
  );
  const byName = (a: TOverviewRow, b: TOverviewRow) => NAME_ORDER.compare(a.institution.name, b.institution.name);
  const cmp: Record<TOverviewFilter["sort"], (a: TOverviewRow, b: TOverviewRow) => number> = {
    name: byName,
    phase: (a, b) => phaseRank(a.phase) - phaseRank(b.phase) || a.progress.overall.percent - b.progress.overall.percent,
    progress: (a, b) => a.progress.overall.percent - b.progress.overall.percent,
    activity: (a, b) => b.daysSinceActivity - a.daysSinceActivity,
    target: (a, b) => compareIso(a.institution.targetProductionDate ?? "9999", b.institution.targetProductionDate ?? "9999"),
  };
  return out.sort((a, b) => cmp[f.sort](a, b) || byName(a, b));
}
