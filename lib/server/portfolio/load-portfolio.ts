// The portfolio model behind the dashboard, the timelines and the insights (issue 15): every
// institution's current state (derived as the checklist derives it), its forecast and phase
// timeline, and the insights over the whole step history (the audit trail's step.update events).
// Built once per change and kept in this process: the key is the institutions' count, summed
// checklistRevision (bumped by a trigger on every step and comment write) and latest updatedAt
// (profile edits, the responsible coordinator), plus the day. The history is aggregated in SQL to
// one compact string per step, so a rebuild reads ~10,000 rows for 100,000 history events.
// No access check here: the use-cases below check first.
import {
  computeInsights,
  forecastSteps,
  parseTransitions,
  phaseTimeline,
  slipDays,
  stepDuration,
  stepRecord,
  workingDaysBetween,
  type TInsights,
  type TPhaseBar,
  type TStepExpectation,
  type TStepRecord,
} from "../../portfolio";
import { median } from "../../portfolio/stats";
import { getCatalogue, type TCertificateWarning, type TDisplayState, type TLocalized, type TPhase } from "../../onboarding";
import { CHECKLIST_INSTITUTION_SELECT, osloToday, toSource } from "../checklist/load-states";
import { bitsQueueRowsOf } from "../checklist/bits-queue-rows";
import { summarize } from "../checklist/summarize";
import type { PrismaClient } from "../prisma-client";

export const WAITING_HIGHLIGHT_DAYS = 5;

export interface TPortfolioStep { key: string; title: TLocalized }

export interface TPortfolioInstitution {
  id: string;
  name: string;
  orgnr: string;
  createdOn: string;
  target: string | null;
  coordinator: { id: string; name: string } | null;
  phase: TPhase | "DONE";
  /** D-1 (Bits confirms production) done: the day, from the history or the step's last change. */
  productionOn: string | null;
  forecast: string | null;
  slip: number | null;
  timeline: TPhaseBar[];
  statusCounts: Partial<Record<TDisplayState, number>>;
  blocked: (TPortfolioStep & { reason: string | null })[];
  overdue: (TPortfolioStep & { dueDate: string })[];
  waitingOnBits: (TPortfolioStep & { since: string; age: number; reason: string })[];
  certificates: TCertificateWarning[];
}

export interface TPortfolio {
  today: string;
  builtAt: number;
  institutions: TPortfolioInstitution[];
  insights: TInsights;
  /** Every step key of the current catalogue, in order, with its title. */
  steps: TPortfolioStep[];
}

const PRODUCTION_STEP = "D-1";
// names and other slow-changing facts outside the key are at most this old
const MAX_AGE_MS = 5 * 60_000;

let cached: { key: string; built: Promise<TPortfolio>; at: number } | null = null;

/** The portfolio as of now; rebuilt only when an institution or its steps changed. */
export async function loadPortfolio(db: PrismaClient, today: string = osloToday()): Promise<TPortfolio> {
  const [row] = await db.$queryRaw<{ k: string }[]>`
    SELECT count(*) || ':' || coalesce(sum("checklistRevision"), 0) || ':' || coalesce((extract(epoch FROM max("updatedAt")) * 1000)::bigint, 0) AS k FROM "Institution"`;
  const key = `${today}|${row?.k ?? ""}`;
  if (cached && cached.key === key && Date.now() - cached.at < MAX_AGE_MS) return cached.built;
  const built = buildPortfolio(db, today);
  cached = { key, built, at: Date.now() };
  built.catch(() => {
    if (cached?.built === built) cached = null;
  });
  return built;
}

async function buildPortfolio(db: PrismaClient, today: string): Promise<TPortfolio> {
  const [institutions, coordinators, history, rounds] = await Promise.all([
    db.institution.findMany({ select: CHECKLIST_INSTITUTION_SELECT, orderBy: { name: "asc" } }),
    db.$queryRaw<{ id: string; cid: string | null; cname: string | null }[]>`
      SELECT i.id, u.id AS cid, u.name AS cname FROM "Institution" i LEFT JOIN "User" u ON u.id = i."responsibleCoordinatorId"`,
    db.$queryRaw<{ iid: string; step: string; h: string }[]>`
      SELECT split_part(subject, ':', 2) AS iid, split_part(subject, ':', 3) AS step,
             string_agg((after->>'status') || '@' || (extract(epoch FROM at) * 1000)::bigint, ',' ORDER BY at, id) AS h
      FROM "AuditEvent"
      WHERE action = 'step.update' AND subject LIKE 'step:%' AND after->>'status' IS NOT NULL
      GROUP BY 1, 2`,
    db.$queryRaw<{ stepKey: string; sentAt: Date; decidedAt: Date | null }[]>`SELECT "stepKey", "sentAt", "decidedAt" FROM "StepReviewRound"`,
  ]);
  const coordinatorOf = new Map(coordinators.map((c) => [c.id, c.cid ? { id: c.cid, name: c.cname ?? "" } : null]));
  const records: TStepRecord[] = history.map((h) => stepRecord(h.iid, h.step, parseTransitions(h.h)));
  const recordsOf = new Map<string, TStepRecord[]>();
  for (const r of records) recordsOf.set(r.institutionId, [...(recordsOf.get(r.institutionId) ?? []), r]);

  // every institution's finished steps make the medians the forecasts use
  const durations = new Map<string, number[]>();
  for (const r of records) {
    const d = stepDuration(r);
    if (d !== null) durations.set(r.stepKey, [...(durations.get(r.stepKey) ?? []), d]);
  }
  const expectations: Record<string, TStepExpectation> = {};
  for (const [key, values] of durations) expectations[key] = { median: median(values), n: values.length };

  const phaseDoneOf = new Map<string, (phase: TPhase) => boolean>();
  const out: TPortfolioInstitution[] = institutions.map((row) => {
    const source = toSource(row);
    const summary = summarize(source, today);
    const own = recordsOf.get(row.id) ?? [];
    const startedOn = new Map(own.map((r) => [r.stepKey, r.startedAt?.slice(0, 10) ?? null]));
    const current = summary.steps.filter((s) => !s.retired && s.applicable);
    const openSteps = current.filter((s) => !s.closed);
    const openKeys = new Set(openSteps.map((s) => s.step.key));
    const forecastByStep = forecastSteps(
      today,
      openSteps.map((s) => ({ key: s.step.key, prerequisites: s.step.prerequisites.filter((p) => openKeys.has(p)), startedOn: startedOn.get(s.step.key) ?? (s.status === "NOT_STARTED" || s.status === "CANNOT_START_YET" ? null : s.updatedAt?.slice(0, 10) ?? null) })),
      expectations,
    );
    const forecast = Object.values(forecastByStep).sort().at(-1) ?? null;
    const phaseDone = (phase: TPhase) => current.filter((s) => s.step.phase === phase).every((s) => s.closed);
    phaseDoneOf.set(row.id, phaseDone);
    const production = current.find((s) => s.step.key === PRODUCTION_STEP);
    const productionRecord = own.find((r) => r.stepKey === PRODUCTION_STEP);
    const productionOn = production?.closed ? (productionRecord?.closedAt ?? production.updatedAt ?? null)?.slice(0, 10) ?? today : null;
    const statusCounts: Partial<Record<TDisplayState, number>> = {};
    for (const s of current) statusCounts[s.display] = (statusCounts[s.display] ?? 0) + 1;
    const target = row.targetProductionDate ? row.targetProductionDate.toISOString().slice(0, 10) : null;
    return {
      id: row.id,
      name: row.name,
      orgnr: row.orgnr,
      createdOn: row.createdAt.toISOString().slice(0, 10),
      target,
      coordinator: coordinatorOf.get(row.id) ?? null,
      phase: summary.phase,
      productionOn,
      forecast: productionOn ? null : forecast,
      slip: productionOn ? null : slipDays(target, forecast),
      timeline: phaseTimeline({
        records: own,
        open: openSteps.map((s) => ({ key: s.step.key, dueDate: s.dueDate ?? null, forecast: forecastByStep[s.step.key] ?? null })),
        phaseDone,
      }),
      statusCounts,
      blocked: summary.blocked.map((s) => ({ key: s.step.key, title: s.step.title, reason: s.reason })),
      overdue: summary.overdue.map((s) => ({ key: s.step.key, title: s.step.title, dueDate: s.dueDate! })),
      waitingOnBits: bitsQueueRowsOf(source, summary).map((q) => {
        const since = osloToday(new Date(q.since));
        return { key: q.key, title: q.title, since, age: workingDaysBetween(since, today), reason: q.reason };
      }),
      certificates: summary.certificates,
    };
  });
  const catalogue = getCatalogue();
  const insights = computeInsights({
    records,
    rounds: rounds.map((r) => ({ stepKey: r.stepKey, sentAt: r.sentAt.toISOString(), decidedAt: r.decidedAt?.toISOString() ?? null })),
    stepOrder: catalogue.steps.map((s) => s.key),
    phaseDone: (id, phase) => phaseDoneOf.get(id)?.(phase) ?? false,
  });
  return { today, builtAt: Date.now(), institutions: out, insights, steps: catalogue.steps.map((s) => ({ key: s.key, title: s.title })) };
}
