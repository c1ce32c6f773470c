// The insights page as one export table (issue 15): a row per phase, step, quarter of review
// turnaround and longest wait, with the sample size, median and 90th percentile in days.
import type { CoreActor } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";
import { getInsights } from "../portfolio/views";
import type { ExportTable } from "./tables";

export const INSIGHTS_COLUMNS = ["section", "key", "name", "quarter", "count", "median_days", "p90_days", "total_days"] as const;

export async function insightsTable(opts: {
  db: PrismaClient;
  actor: CoreActor;
  locale: "nb" | "en";
  /** Words of the portfolio namespace ("export.section", "phase.A", …). */
  t: (key: string) => string;
}): Promise<ExportTable> {
  const { insights, steps } = await getInsights({ db: opts.db, actor: opts.actor });
  const { t, locale } = opts;
  const title = new Map(steps.map((s) => [s.key, s.title[locale]]));
  const section = (s: string) => t(`export.sections.${s}`);
  return {
    name: locale === "nb" ? "innsikt" : "insights",
    headers: INSIGHTS_COLUMNS.map((c) => t(`export.${c}`)),
    yesNo: ["", ""],
    rows: [
      ...insights.phases.map((p) => [section("phase"), p.phase, t(`phase.${p.phase}`), null, p.n, p.median, p.p90, null]),
      ...insights.steps.map((s) => [section("step"), s.key, title.get(s.key) ?? s.key, null, s.n, s.median, s.p90, null]),
      ...insights.reviewTurnaround.map((q) => [section("review"), null, null, q.quarter, q.n, q.median, q.p90, null]),
      ...insights.longestWaits.map((w) => [section("wait"), w.key, title.get(w.key) ?? w.key, w.quarter, w.n, w.median, w.p90, w.total]),
    ],
  };
}
