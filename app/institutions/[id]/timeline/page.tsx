import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { ChartPatterns, PhaseTimelineChart } from "@/components/portfolio/charts";
import { PortfolioSection } from "@/components/portfolio/parts";
import { TimelineLegend } from "@/components/portfolio/timeline-legend";
import { formatDate, toDateLocale } from "@/lib/format/dates";
import { requireActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { getInstitutionTimeline } from "@/lib/server/portfolio/views";
import { orNotFound } from "../load";

export const dynamic = "force-dynamic";
const cell = "px-3 py-2";

/** One institution's phases A–D on a time line against its target date: its staff and Bits. */
export default async function InstitutionTimelinePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const { institution: i, today } = await orNotFound(getInstitutionTimeline({ db, actor, institutionId: id }));
  const t = await getTranslations("portfolio");
  const locale = toDateLocale(await getLocale());
  const date = (iso: string | null) => (iso ? formatDate(iso, locale) : "–");
  return (
    <section aria-labelledby="timeline-title" className="space-y-4">
      <ChartPatterns />
      <p><Link href={`/institutions/${id}`} className="ds-link">{t("timeline.back", { name: i.name })}</Link></p>
      <PageHeader id="timeline-title" title={t("timeline.title", { name: i.name })} intro={t("timeline.intro")} />
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">{t("columns.target")}</dt><dd>{date(i.target)}</dd>
        <dt className="font-semibold">{i.productionOn ? t("timeline.productionOn") : t("columns.forecast")}</dt><dd>{date(i.productionOn ?? i.forecast)}</dd>
        {i.slip !== null && (<><dt className="font-semibold">{t("columns.slip")}</dt><dd>{i.slip > 0 ? t("timeline.late", { days: i.slip }) : t("timeline.onTime", { days: -i.slip })}</dd></>)}
      </dl>
      <PortfolioSection id="timeline-chart" title={t("timeline.phases")}>
        <TimelineLegend />
        <PhaseTimelineChart id="chart-phases-timeline" title={t("timeline.chartTitle", { name: i.name })} bars={i.timeline} createdOn={i.createdOn} today={today} target={i.target}
          labels={{ phase: (p) => t(`phase.${p}`), target: t("timeline.targetShort"), today: t("timeline.todayShort") }} />
        <DataTable caption={t("timeline.phases")} columns={[t("columns.phase"), t("timeline.started"), t("timeline.finished"), t("timeline.planned"), t("columns.forecast")]}>
          {i.timeline.map((b) => (
            <tr key={b.phase} className="border-t border-slate-200">
              <th scope="row" className={cell}>{t(`phase.${b.phase}`)}</th>
              <td className={`${cell} whitespace-nowrap`}>{date(b.actualStart)}</td>
              <td className={`${cell} whitespace-nowrap`}>{date(b.actualEnd)}</td>
              <td className={`${cell} whitespace-nowrap`}>{date(b.plannedEnd)}</td>
              <td className={`${cell} whitespace-nowrap`}>{date(b.forecastEnd)}</td>
            </tr>
          ))}
        </DataTable>
      </PortfolioSection>
    </section>
  );
}
