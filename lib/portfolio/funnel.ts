// Pure: counts across the portfolio: institutions per current phase, the funnel of how far they
// have come (A → B → C → D → in production), and per month the institutions that reached
// production and the onboardings active at the month's end.
import { lastMonths, monthEnd, monthOf } from "./dates";

export type TCurrentPhase = "A" | "B" | "C" | "D" | "DONE";
const RANK: Record<TCurrentPhase, number> = { A: 0, B: 1, C: 2, D: 3, DONE: 4 };

export interface TFunnelInput {
  phase: TCurrentPhase;
  /** ISO day the institution was confirmed in production (D-1 done), or null. */
  productionOn: string | null;
  /** ISO day the institution was registered. */
  createdOn: string;
}

export type TFunnelStage = "A" | "B" | "C" | "D" | "PRODUCTION";
export const FUNNEL_STAGES: readonly TFunnelStage[] = ["A", "B", "C", "D", "PRODUCTION"];

export function phaseCounts(items: readonly Pick<TFunnelInput, "phase">[]): Record<TCurrentPhase, number> {
  const out: Record<TCurrentPhase, number> = { A: 0, B: 0, C: 0, D: 0, DONE: 0 };
  for (const i of items) out[i.phase]++;
  return out;
}

/** How many institutions have reached each stage (a stage counts everyone at it or beyond). */
export function funnel(items: readonly TFunnelInput[]): { stage: TFunnelStage; count: number }[] {
  return FUNNEL_STAGES.map((stage) => ({
    stage,
    count: items.filter((i) => (stage === "PRODUCTION" ? i.productionOn !== null || i.phase === "DONE" : RANK[i.phase] >= RANK[stage])).length,
  }));
}

export interface TTrendMonth {
  month: string;
  /** Institutions confirmed in production during the month. */
  production: number;
  /** Institutions registered by the month's end and not in production by then. */
  active: number;
}

export function monthlyTrend(items: readonly TFunnelInput[], today: string, months = 24): TTrendMonth[] {
  return lastMonths(today, months).map((month) => {
    const end = monthEnd(month);
    return {
      month,
      production: items.filter((i) => i.productionOn !== null && monthOf(i.productionOn) === month).length,
      active: items.filter((i) => i.createdOn <= end && (i.productionOn === null || i.productionOn > end)).length,
    };
  });
}
