import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { Tag } from "@/components/ds";
import { EmptyState, PageHeader } from "@/components/page-header";
import { BarChart, ChartPatterns, TrendChart } from "@/components/portfolio/charts";
import { ChartWithTable, PortfolioSection, ScopeSwitch } from "@/components/portfolio/parts";
import { AppError } from "@/lib/errors/app-error";
import { formatDate, toDateLocale } from "@/lib/format/dates";
import { firstValues } from "@/lib/http/search-params";
import { requireActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { WAITING_HIGHLIGHT_DAYS } from "@/lib/server/portfolio/load-portfolio";
import { getDashboard } from "@/lib/server/portfolio/views";
import { ZPortfolioScopeSchema } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;
const STATUSES = ["NOT_STARTED", "CANNOT_START_YET", "IN_PROGRESS", "AWAITING_REVIEW", "RETURNED", "BLOCKED", "DONE", "NOT_APPLICABLE"] as const;
const cell = "px-3 py-2";
// The dashboard shows the most urgent rows of each list; the whole list is on the overview and in the Bits queue.
const LIST_LIMIT = 20;

/** The coordinator's home: where the portfolio stands, what is at risk and what waits on Bits. */
function More({ shown, total, href, label }: { shown: number; total: number; href: string; label: string }) {
  return total > shown ? <p className="text-sm"><Link href={href} className="ds-link">{label}</Link></p> : null;
}

export default async function DashboardPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  const scope = ZPortfolioScopeSchema.catch("all").parse(firstValues(await searchParams).scope);
  const d = await getDashboard({ db, actor, scope }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("portfolio");
  const ts = await getTranslations("checklist");
  const locale = toDateLocale(await getLocale());
  const date = (iso: string) => formatDate(iso, locale);
  const inst = (i: { id: string; name: string }) => <Link href={`/institutions/${i.id}`} className="ds-link">{i.name}</Link>;
  const phaseItems = (["A", "B", "C", "D", "DONE"] as const).map((p) => ({ label: t(`phase.${p}`), value: d.phases[p] }));
  const funnelItems = d.funnel.map((f) => ({ label: t(`funnel.${f.stage}`), value: f.count }));
  const monthLabel = (m: string) => `${m.slice(5, 7)}.${m.slice(2, 4)}`;
  return (
    <section aria-labelledby="dashboard-title" className="space-y-4">
      <ChartPatterns />
      <PageHeader id="dashboard-title" title={t("dashboard.title")} intro={t("dashboard.intro", { count: d.total })}>
        <nav aria-label={t("dashboard.links")} className="flex flex-wrap gap-4 text-sm">
          <Link href="/overview" className="ds-link">{t("links.overview")}</Link>
          <Link href="/timelines" className="ds-link">{t("links.timelines")}</Link>
          <Link href="/insights" className="ds-link">{t("links.insights")}</Link>
          <Link href="/bits-queue" className="ds-link">{t("links.bitsQueue")}</Link>
        </nav>
        <ScopeSwitch label={t("scope.label")} current={scope} items={(["all", "mine"] as const).map((s) => ({ value: s, label: t(`scope.${s}`), href: `/dashboard?scope=${s}` }))} />
      </PageHeader>

      {d.withoutCoordinator.length > 0 && (
        <PortfolioSection id="dash-nocoord" title={t("dashboard.withoutCoordinator", { count: d.withoutCoordinator.length })}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {d.withoutCoordinator.map((i) => <li key={i.id}><Tag data-color="warning" data-size="sm">{t("dashboard.noCoordinator")}</Tag> {inst(i)}</li>)}
          </ul>
        </PortfolioSection>
      )}

      <div className="grid gap-4 xl:grid-cols-2">
        <PortfolioSection id="dash-phases" title={t("dashboard.phases")}>
          <ChartWithTable
            chart={<BarChart id="chart-phases" title={t("dashboard.phasesChart")} items={phaseItems} />}
            table={
              <DataTable caption={t("dashboard.phases")} columns={[t("columns.phase"), t("columns.institutions")]}>
                {phaseItems.map((p) => <tr key={p.label}><th scope="row" className={cell}>{p.label}</th><td className={`${cell} tabular-nums`}>{p.value}</td></tr>)}
              </DataTable>
            }
          />
        </PortfolioSection>
        <PortfolioSection id="dash-funnel" title={t("dashboard.funnel")} intro={t("dashboard.funnelIntro")}>
          <ChartWithTable
            chart={<BarChart id="chart-funnel" title={t("dashboard.funnelChart")} items={funnelItems} />}
            table={
              <DataTable caption={t("dashboard.funnel")} columns={[t("columns.stage"), t("columns.reached")]}>
                {funnelItems.map((p) => <tr key={p.label}><th scope="row" className={cell}>{p.label}</th><td className={`${cell} tabular-nums`}>{p.value}</td></tr>)}
              </DataTable>
            }
          />
        </PortfolioSection>
      </div>

      <PortfolioSection id="dash-status" title={t("dashboard.statuses")} intro={t("dashboard.statusesIntro")}>
        <DataTable caption={t("dashboard.statuses")} columns={[t("columns.status"), t("columns.steps")]}>
          {STATUSES.map((s) => <tr key={s}><th scope="row" className={cell}>{ts(`status.${s}`)}</th><td className={`${cell} tabular-nums`}>{d.statuses[s] ?? 0}</td></tr>)}
        </DataTable>
      </PortfolioSection>

      <PortfolioSection id="dash-risk" title={t("dashboard.atRisk", { count: d.atRisk.length })} intro={t("dashboard.atRiskIntro")}>
        {d.atRisk.length === 0 ? <EmptyState title={t("dashboard.atRiskNone")} /> : (
          <DataTable caption={t("dashboard.atRisk", { count: d.atRisk.length })} columns={[t("columns.institution"), t("columns.target"), t("columns.forecast"), t("columns.slip"), t("columns.coordinator")]}>
            {d.atRisk.slice(0, LIST_LIMIT).map((r) => (
              <tr key={r.id} className="border-t border-slate-200 align-top">
                <th scope="row" className={`${cell} font-medium`}>{inst(r)}</th>
                <td className={`${cell} whitespace-nowrap`}>{date(r.target)}</td>
                <td className={`${cell} whitespace-nowrap`}>{date(r.forecast)}</td>
                <td className={`${cell} tabular-nums`}>{t("days", { days: r.slip })}</td>
                <td className={cell}>{r.coordinator?.name ?? <Tag data-color="warning" data-size="sm">{t("dashboard.noCoordinator")}</Tag>}</td>
              </tr>
            ))}
          </DataTable>
        )}
              <More shown={LIST_LIMIT} total={d.atRisk.length} href="/timelines?sort=slip" label={t("dashboard.more", { shown: LIST_LIMIT, total: d.atRisk.length })} />
      </PortfolioSection>

      <PortfolioSection id="dash-waiting" title={t("dashboard.waiting", { count: d.waiting.length })} intro={t("dashboard.waitingIntro", { days: WAITING_HIGHLIGHT_DAYS })}>
        {d.waiting.length === 0 ? <EmptyState title={t("dashboard.waitingNone")} /> : (
          <DataTable caption={t("dashboard.waiting", { count: d.waiting.length })} columns={[t("columns.institution"), t("columns.step"), t("columns.reason"), t("columns.since"), t("columns.age")]}>
            {d.waiting.slice(0, LIST_LIMIT).map((w) => (
              <tr key={`${w.institution.id}-${w.key}`} className="border-t border-slate-200 align-top">
                <th scope="row" className={`${cell} font-medium`}>{inst(w.institution)}</th>
                <td className={cell}><Link href={`/institutions/${w.institution.id}/steps/${w.key}`} className="ds-link"><span className="font-mono">{w.key}</span> {w.title[locale]}</Link></td>
                <td className={cell}>{ts(`bitsQueue.reasons.${w.reason}`)}</td>
                <td className={`${cell} whitespace-nowrap`}>{date(w.since)}</td>
                <td className={`${cell} tabular-nums`}>
                  {t("workingDays", { days: w.age })}
                  {w.age > WAITING_HIGHLIGHT_DAYS && <div><Tag data-color="danger" data-size="sm">{t("dashboard.waitingLong", { days: WAITING_HIGHLIGHT_DAYS })}</Tag></div>}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
              <More shown={LIST_LIMIT} total={d.waiting.length} href="/bits-queue" label={t("dashboard.more", { shown: LIST_LIMIT, total: d.waiting.length })} />
      </PortfolioSection>

      <div className="space-y-4">
        <PortfolioSection id="dash-blocked" title={t("dashboard.blocked", { count: d.blocked.length })}>
          {d.blocked.length === 0 ? <EmptyState title={t("dashboard.blockedNone")} /> : (
            <DataTable caption={t("dashboard.blocked", { count: d.blocked.length })} columns={[t("columns.institution"), t("columns.step"), t("columns.blockReason")]}>
              {d.blocked.slice(0, LIST_LIMIT).map((b) => (
                <tr key={`${b.institution.id}-${b.key}`} className="border-t border-slate-200 align-top">
                  <th scope="row" className={`${cell} font-medium`}>{inst(b.institution)}</th>
                  <td className={cell}><span className="font-mono">{b.key}</span> {b.title[locale]}</td>
                  <td className={cell}>{b.reason ?? "–"}</td>
                </tr>
              ))}
            </DataTable>
          )}
                <More shown={LIST_LIMIT} total={d.blocked.length} href="/overview" label={t("dashboard.more", { shown: LIST_LIMIT, total: d.blocked.length })} />
      </PortfolioSection>
        <PortfolioSection id="dash-overdue" title={t("dashboard.overdue", { count: d.overdue.length })}>
          {d.overdue.length === 0 ? <EmptyState title={t("dashboard.overdueNone")} /> : (
            <DataTable caption={t("dashboard.overdue", { count: d.overdue.length })} columns={[t("columns.institution"), t("columns.step"), t("columns.due")]}>
              {d.overdue.slice(0, LIST_LIMIT).map((o) => (
                <tr key={`${o.institution.id}-${o.key}`} className="border-t border-slate-200 align-top">
                  <th scope="row" className={`${cell} font-medium`}>{inst(o.institution)}</th>
                  <td className={cell}><span className="font-mono">{o.key}</span> {o.title[locale]}</td>
                  <td className={`${cell} whitespace-nowrap`}>{date(o.dueDate)}</td>
                </tr>
              ))}
            </DataTable>
          )}
                <More shown={LIST_LIMIT} total={d.overdue.length} href="/overview?overdue=1" label={t("dashboard.more", { shown: LIST_LIMIT, total: d.overdue.length })} />
      </PortfolioSection>
      </div>

      <PortfolioSection id="dash-certs" title={t("dashboard.certificates", { count: d.certificates.length })} intro={t("dashboard.certificatesIntro")}>
        {d.certificates.length === 0 ? <EmptyState title={t("dashboard.certificatesNone")} /> : (
          <DataTable caption={t("dashboard.certificates", { count: d.certificates.length })} columns={[t("columns.institution"), t("columns.environment"), t("columns.expires"), t("columns.daysLeft")]}>
            {d.certificates.slice(0, LIST_LIMIT).map((c) => (
              <tr key={`${c.institution.id}-${c.index}`} className="border-t border-slate-200 align-top">
                <th scope="row" className={`${cell} font-medium`}>{inst(c.institution)}</th>
                <td className={cell}>{c.environment ?? "–"}{c.provider ? ` (${c.provider})` : ""}</td>
                <td className={`${cell} whitespace-nowrap`}>{date(c.expiresOn)}</td>
                <td className={`${cell} tabular-nums`}>{c.expired ? <Tag data-color="danger" data-size="sm">{t("dashboard.expired")}</Tag> : t("days", { days: c.daysLeft })}</td>
              </tr>
            ))}
          </DataTable>
        )}
              <More shown={LIST_LIMIT} total={d.certificates.length} href="/overview" label={t("dashboard.more", { shown: LIST_LIMIT, total: d.certificates.length })} />
      </PortfolioSection>

      <PortfolioSection id="dash-trend" title={t("dashboard.trend")} intro={t("dashboard.trendIntro")}>
        <TrendChart
          id="chart-trend"
          title={t("dashboard.trendChart")}
          months={d.trend.map((m) => m.month)}
          bars={d.trend.map((m) => m.production)}
          lineValues={d.trend.map((m) => m.active)}
          monthLabel={monthLabel}
          legend={{ bars: t("dashboard.trendProduction"), line: t("dashboard.trendActive") }}
        />
        <DataTable caption={t("dashboard.trend")} columns={[t("columns.month"), t("dashboard.trendProduction"), t("dashboard.trendActive")]}>
          {d.trend.map((m) => (
            <tr key={m.month} className="border-t border-slate-200"><th scope="row" className={`${cell} tabular-nums`}>{m.month}</th><td className={`${cell} tabular-nums`}>{m.production}</td><td className={`${cell} tabular-nums`}>{m.active}</td></tr>
          ))}
        </DataTable>
      </PortfolioSection>
    </section>
  );
}
