// The coordinators' overview table: one row per institution, overall progress as a bar, progress
// per phase as one line. Kept lean because it repeats per row: plain links (a client <Link> per
// cell made the browser prefetch every institution page in view) and labels from one translator.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PHASES, type TPhase } from "@/lib/onboarding";
import type { TOverviewRow } from "@/lib/server/checklist/overview-row";
import { PhaseProgressStrip } from "./phase-progress-strip";
import { ProgressBar } from "./progress-bar";
import { StatusTagView, WarningTag } from "./status-tag";

const phasePercents = (r: TOverviewRow) => Object.fromEntries(PHASES.map((p) => [p, r.progress.phases[p].percent])) as Record<TPhase, number>;

export async function OverviewTable({ rows }: { rows: TOverviewRow[] }) {
  const t = await getTranslations("checklist");
  const format = await getFormatter();
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  const phasesLabel = t("overview.phasesLabel");
  const cols = ["institution", "phase", "progress", "next", "activity", "warnings", "target"] as const;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm shadow-sm">
        <caption className="sr-only">{t("overview.title")}</caption>
        <thead className="bg-slate-100">
          <tr>{cols.map((c) => <th key={c} scope="col" className="px-3 py-2">{t(`overview.columns.${c}`)}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.institution.id} className="border-t border-slate-200 align-top">
              <th scope="row" className="px-3 py-2 font-medium">
                <a href={`/institutions/${r.institution.id}`} className="text-brand underline">{r.institution.name}</a>
                <div className="font-normal tabular-nums text-slate-700">{r.institution.orgnr}</div>
                {r.hasSupplier && <div className="text-xs font-normal">{t("overview.thirdParty")}</div>}
              </th>
              <td className="px-3 py-2">{t(`overview.phases.${r.phase}`)}</td>
              <td className="min-w-48 space-y-1 px-3 py-2">
                <ProgressBar percent={r.progress.overall.percent} label={t("overview.overall", { name: r.institution.name })} detail={t("overview.overallShort")} />
                <PhaseProgressStrip percents={phasePercents(r)} label={phasesLabel} />
              </td>
              <td className="px-3 py-2">
                {r.next ? (
                  <div className="space-y-1">
                    <a href={`/institutions/${r.institution.id}/steps/${r.next.key}`} className="text-brand underline"><span className="font-mono">{r.next.key}</span> {r.next.title[locale]}</a>
                    <div className="flex flex-wrap gap-1"><StatusTagView status={r.next.status} label={t(`status.${r.next.status}`)} /></div>
                    {r.waitingOn && <div>{t(`waitingOn.${r.waitingOn}`)}</div>}
                  </div>
                ) : t("overview.allDone")}
              </td>
              <td className="px-3 py-2 tabular-nums">
                {t("overview.daysAgo", { days: r.daysSinceActivity })}
                {r.stale && <div><WarningTag>{t("overview.stale")}</WarningTag></div>}
              </td>
              <td className="space-y-1 px-3 py-2">
                {r.overdueCount > 0 && <div><WarningTag>{t("overview.overdue", { count: r.overdueCount })}</WarningTag></div>}
                {r.certificateWarning && <div><WarningTag>{r.certificateWarning.expired ? t("certificates.expired") : t("certificates.expires", { days: r.certificateWarning.daysLeft })}</WarningTag></div>}
                {r.bitsQueueCount > 0 && <div>{t("overview.bitsQueue", { count: r.bitsQueueCount })}</div>}
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                {r.institution.targetProductionDate ? format.dateTime(new Date(`${r.institution.targetProductionDate}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : "–"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
