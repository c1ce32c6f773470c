import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { PageNav } from "@/components/page-nav";
import { EmptyState, PageHeader } from "@/components/page-header";
import { ChartPatterns, TimeAxis, TimelineRow } from "@/components/portfolio/charts";
import { ScopeSwitch } from "@/components/portfolio/parts";
import { TimelineLegend } from "@/components/portfolio/timeline-legend";
import { AppError } from "@/lib/errors/app-error";
import { formatDate, toDateLocale } from "@/lib/format/dates";
import { firstValues } from "@/lib/http/search-params";
import { addDays } from "@/lib/portfolio";
import { requireActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { getTimelines } from "@/lib/server/portfolio/views";
import { TIMELINE_PAGE_SIZE, ZTimelineQuerySchema } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";
type Search = Promise<Record<string, string | string[] | undefined>>;
const cell = "px-3 py-2";

/** Every institution as one compact row on a shared time axis, by target date or by forecast slip. */
export default async function TimelinesPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  const raw = firstValues(await searchParams);
  const query = ZTimelineQuerySchema.parse(raw);
  const { rows, today } = await getTimelines({ db, actor, sort: query.sort, scope: query.scope }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("portfolio");
  const locale = toDateLocale(await getLocale());
  const date = (iso: string | null) => (iso ? formatDate(iso, locale) : "–");
  const pages = Math.max(1, Math.ceil(rows.length / TIMELINE_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const shown = rows.slice((page - 1) * TIMELINE_PAGE_SIZE, page * TIMELINE_PAGE_SIZE);
  // one axis for every page: from two years back to the latest target or forecast (at most two years ahead)
  const from = addDays(today, -730);
  const latest = rows.reduce((m, r) => [r.target, r.forecast].reduce<string>((a, b) => (b && b > a ? b : a), m), addDays(today, 90));
  const to = latest < addDays(today, 730) ? latest : addDays(today, 730);
  const axis = { from, to };
  const link = (o: Record<string, string>) => `/timelines?${new URLSearchParams({ sort: query.sort, scope: query.scope, ...o })}`;
  return (
    <section aria-labelledby="timelines-title" className="space-y-4">
      <ChartPatterns />
      <PageHeader id="timelines-title" title={t("timelines.title")} intro={t("timelines.intro")} count={rows.length} />
      <ScopeSwitch label={t("timelines.sortLabel")} current={query.sort} items={(["target", "slip"] as const).map((s) => ({ value: s, label: t(`timelines.sort.${s}`), href: link({ sort: s }) }))} />
      <ScopeSwitch label={t("scope.label")} current={query.scope} items={(["all", "mine"] as const).map((s) => ({ value: s, label: t(`scope.${s}`), href: link({ scope: s }) }))} />
      <TimelineLegend />
      <p role="status">{t("timelines.count", { count: rows.length })}</p>
      {shown.length === 0 ? <EmptyState title={t("timelines.empty")} /> : (
        <DataTable caption={t("timelines.title")} columns={[t("columns.institution"), t("columns.target"), t("columns.forecast"), t("columns.slip"), t("columns.timeline")]}>
          <tr aria-hidden="true"><td colSpan={4} /><td className="px-3 pt-1"><TimeAxis axis={axis} /></td></tr>
          {shown.map((r) => (
            <tr key={r.id} className="border-t border-slate-200 align-middle">
              <th scope="row" className={`${cell} font-medium`}><Link href={`/institutions/${r.id}/timeline`} className="ds-link">{r.name}</Link></th>
              <td className={`${cell} whitespace-nowrap`}>{date(r.target)}</td>
              <td className={`${cell} whitespace-nowrap`}>{r.productionOn ? t("timelines.inProduction", { date: date(r.productionOn) }) : date(r.forecast)}</td>
              <td className={`${cell} tabular-nums`}>{r.slip === null ? "–" : t("days", { days: r.slip })}</td>
              <td className="min-w-[220px] px-3 py-1">
                <TimelineRow id={`tl-${r.id}`} title={t("timelines.rowTitle", { name: r.name })} axis={axis} bars={r.timeline} createdOn={r.createdOn} today={today} target={r.target} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {pages > 1 && (
        <PageNav page={page} pages={pages} query={{ ...raw, sort: query.sort, scope: query.scope }}
          labels={{ nav: t("timelines.pagination"), previous: t("timelines.previous"), next: t("timelines.next"), position: (p) => t("timelines.page", { page: p, pages }) }} />
      )}
    </section>
  );
}
