// Use-cases of the portfolio pages: each checks access, then reads the cached model.
import { funnel, phaseCounts, type TFunnelStage, monthlyTrend } from "../../portfolio";
import type { TDisplayState } from "../../onboarding";
import { compareIso } from "../../onboarding/dates";
import { AppError } from "../../errors/app-error";
import { requireAccess, requireCoordinator, type CoreActor } from "../checklist/access";
import { osloToday } from "../checklist/load-states";
import type { PrismaClient } from "../prisma-client";
import { loadPortfolio, type TPortfolioInstitution } from "./load-portfolio";

export type TScope = "all" | "mine";

/** The coordinator's dashboard: counts, funnel, what is at risk, blocked, waiting, overdue, expiring; trend. */
export async function getDashboard(opts: { db: PrismaClient; actor: CoreActor; scope: TScope; today?: string }) {
  const { db, actor, scope } = opts;
  await requireCoordinator(db, actor, "portfolio.dashboard");
  const portfolio = await loadPortfolio(db, opts.today ?? osloToday());
  const all = portfolio.institutions;
  const items = scope === "mine" ? all.filter((i) => i.coordinator?.id === actor.id) : all;
  const funnelInput = items.map((i) => ({ phase: i.phase, productionOn: i.productionOn, createdOn: i.createdOn }));
  const statusCounts: Partial<Record<TDisplayState, number>> = {};
  for (const i of items) for (const [s, n] of Object.entries(i.statusCounts)) statusCounts[s as TDisplayState] = (statusCounts[s as TDisplayState] ?? 0) + n;
  const byName = (i: TPortfolioInstitution) => ({ id: i.id, name: i.name });
  return {
    today: portfolio.today,
    total: items.length,
    phases: phaseCounts(funnelInput),
    statuses: statusCounts,
    funnel: funnel(funnelInput) as { stage: TFunnelStage; count: number }[],
    atRisk: items
      .filter((i) => i.slip !== null && i.slip > 0)
      .sort((a, b) => b.slip! - a.slip!)
      .map((i) => ({ ...byName(i), coordinator: i.coordinator, target: i.target!, forecast: i.forecast!, slip: i.slip! })),
    withoutCoordinator: all.filter((i) => i.coordinator === null && i.productionOn === null).map(byName),
    blocked: items.flatMap((i) => i.blocked.map((s) => ({ institution: byName(i), ...s }))),
    waiting: items
      .flatMap((i) => i.waitingOnBits.map((s) => ({ institution: byName(i), ...s })))
      .sort((a, b) => b.age - a.age),
    overdue: items
      .flatMap((i) => i.overdue.map((s) => ({ institution: byName(i), ...s })))
      .sort((a, b) => compareIso(a.dueDate, b.dueDate)),
    certificates: items
      .flatMap((i) => i.certificates.map((c) => ({ institution: byName(i), ...c })))
      .sort((a, b) => a.daysLeft - b.daysLeft),
    trend: monthlyTrend(funnelInput, portfolio.today, 24),
  };
}

export type TDashboard = Awaited<ReturnType<typeof getDashboard>>;

/** Cycle-time insights over every institution's history. */
export async function getInsights(opts: { db: PrismaClient; actor: CoreActor; today?: string }) {
  await requireCoordinator(opts.db, opts.actor, "portfolio.insights");
  const portfolio = await loadPortfolio(opts.db, opts.today ?? osloToday());
  return { insights: portfolio.insights, steps: portfolio.steps, today: portfolio.today };
}

export type TTimelineSort = "target" | "slip";

// built once: a collator per comparison costs far more than comparing with one
const NAME_ORDER = new Intl.Collator("nb");

/** One compact row per institution on a shared time axis. */
export async function getTimelines(opts: { db: PrismaClient; actor: CoreActor; sort: TTimelineSort; scope: TScope; today?: string }) {
  const { db, actor, sort, scope } = opts;
  await requireCoordinator(db, actor, "portfolio.timelines");
  const portfolio = await loadPortfolio(db, opts.today ?? osloToday());
  const items = portfolio.institutions.filter((i) => scope === "all" || i.coordinator?.id === actor.id);
  const rows = items.sort((a, b) =>
    sort === "slip"
      ? (b.slip ?? -Infinity) - (a.slip ?? -Infinity) || NAME_ORDER.compare(a.name, b.name)
      : compareIso(a.target ?? "9999", b.target ?? "9999") || NAME_ORDER.compare(a.name, b.name),
  );
  return { today: portfolio.today, rows };
}

/** One institution's phase timeline: for whoever may read the institution. */
export async function getInstitutionTimeline(opts: { db: PrismaClient; actor: CoreActor; institutionId: string; today?: string }) {
  const { db, actor, institutionId } = opts;
  await requireAccess({ db, actor, action: "institution.read", institutionId });
  const portfolio = await loadPortfolio(db, opts.today ?? osloToday());
  const institution = portfolio.institutions.find((i) => i.id === institutionId);
  if (!institution) throw new AppError("NOT_FOUND");
  return { today: portfolio.today, institution };
}
