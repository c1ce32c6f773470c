import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { EmptyState, PageHeader } from "@/components/page-header";
import { BarChart, ChartPatterns } from "@/components/portfolio/charts";
import { ChartWithTable, PortfolioSection } from "@/components/portfolio/parts";
import { AppError } from "@/lib/errors/app-error";
import { toDateLocale } from "@/lib/format/dates";
import { requireActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { getInsights } from "@/lib/server/portfolio/views";

export const dynamic = "force-dynamic";
const cell = "px-3 py-2";

/** How long steps and phases take, Bits' review turnaround and the longest waits, from the history. */
export default async function InsightsPage() {
  const actor = await requireActor();
  const { insights, steps } = await getInsights({ db, actor }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("portfolio");
  const locale = toDateLocale(await getLocale());
  const title = new Map(steps.map((s) => [s.key, s.title[locale]]));
  const n = (v: number | null) => (v === null ? "–" : t("daysShort", { days: v.toLocaleString(locale === "en" ? "en-GB" : "nb-NO") }));
  const statColumns = [t("columns.count"), t("columns.median"), t("columns.p90")];
  return (
    <section aria-labelledby="insights-title" className="space-y-4">
      <ChartPatterns />
      <PageHeader id="insights-title" title={t("insights.title")} intro={t("insights.intro")}>
        <nav aria-label={t("insights.exports")} className="flex flex-wrap gap-4 text-sm">
          {(["csv", "xlsx"] as const).map((format) => (
            <a key={format} className="ds-link" href={`/api/export/insights?format=${format}`}>{t(format === "csv" ? "insights.exportCsv" : "insights.exportXlsx")}</a>
          ))}
        </nav>
      </PageHeader>

      <PortfolioSection id="ins-phases" title={t("insights.phases")} intro={t("insights.phasesIntro")}>
        <ChartWithTable
          chart={<BarChart id="chart-phase-median" title={t("insights.phasesChart")} items={insights.phases.map((p) => ({ label: t(`phase.${p.phase}`), value: p.median ?? 0, text: n(p.median) }))} />}
          table={
            <DataTable caption={t("insights.phases")} columns={[t("columns.phase"), ...statColumns]}>
              {insights.phases.map((p) => (
                <tr key={p.phase} className="border-t border-slate-200"><th scope="row" className={cell}>{t(`phase.${p.phase}`)}</th><td className={`${cell} tabular-nums`}>{p.n}</td><td className={`${cell} tabular-nums`}>{n(p.median)}</td><td className={`${cell} tabular-nums`}>{n(p.p90)}</td></tr>
              ))}
            </DataTable>
          }
        />
      </PortfolioSection>

      <PortfolioSection id="ins-steps" title={t("insights.steps")} intro={t("insights.stepsIntro")}>
        <ChartWithTable
          chart={<BarChart id="chart-step-median" title={t("insights.stepsChart")} items={insights.steps.map((s) => ({ label: s.key, value: s.median ?? 0, text: n(s.median) }))} />}
          table={
            <DataTable caption={t("insights.steps")} columns={[t("columns.step"), ...statColumns]}>
              {insights.steps.map((s) => (
                <tr key={s.key} className="border-t border-slate-200"><th scope="row" className={cell}><span className="font-mono">{s.key}</span> {title.get(s.key)}</th><td className={`${cell} tabular-nums`}>{s.n}</td><td className={`${cell} tabular-nums`}>{n(s.median)}</td><td className={`${cell} tabular-nums`}>{n(s.p90)}</td></tr>
              ))}
            </DataTable>
          }
        />
      </PortfolioSection>

      <PortfolioSection id="ins-review" title={t("insights.review")} intro={t("insights.reviewIntro", { n: insights.reviewTurnaroundAll.n, median: n(insights.reviewTurnaroundAll.median), p90: n(insights.reviewTurnaroundAll.p90) })}>
        {insights.reviewTurnaround.length === 0 ? <EmptyState title={t("insights.none")} /> : (
          <ChartWithTable
            chart={<BarChart id="chart-review" title={t("insights.reviewChart")} items={insights.reviewTurnaround.map((q) => ({ label: q.quarter, value: q.median ?? 0, text: n(q.median) }))} />}
            table={
              <DataTable caption={t("insights.review")} columns={[t("columns.quarter"), ...statColumns]}>
                {insights.reviewTurnaround.map((q) => (
                  <tr key={q.quarter} className="border-t border-slate-200"><th scope="row" className={`${cell} tabular-nums`}>{q.quarter}</th><td className={`${cell} tabular-nums`}>{q.n}</td><td className={`${cell} tabular-nums`}>{n(q.median)}</td><td className={`${cell} tabular-nums`}>{n(q.p90)}</td></tr>
                ))}
              </DataTable>
            }
          />
        )}
      </PortfolioSection>

      <PortfolioSection id="ins-waits" title={t("insights.waits")} intro={t("insights.waitsIntro")}>
        {insights.longestWaits.length === 0 ? <EmptyState title={t("insights.none")} /> : (
          <DataTable caption={t("insights.waits")} columns={[t("columns.quarter"), t("columns.step"), ...statColumns, t("columns.total")]}>
            {insights.longestWaits.map((w) => (
              <tr key={`${w.quarter}-${w.key}`} className="border-t border-slate-200">
                <th scope="row" className={`${cell} tabular-nums`}>{w.quarter}</th>
                <td className={cell}><span className="font-mono">{w.key}</span> {title.get(w.key)}</td>
                <td className={`${cell} tabular-nums`}>{w.n}</td><td className={`${cell} tabular-nums`}>{n(w.median)}</td><td className={`${cell} tabular-nums`}>{n(w.p90)}</td><td className={`${cell} tabular-nums`}>{n(w.total)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </PortfolioSection>
    </section>
  );
}
