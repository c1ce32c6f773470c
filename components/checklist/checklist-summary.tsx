// The top of an institution's checklist: overall progress, current phase, next step, who it
// waits on, overdue steps and certificate warnings. Props are getChecklist's output.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { TChecklist } from "@/lib/server/checklist/get-checklist";
import { ProgressBar } from "./progress-bar";
import { StatusTag, WarningTag } from "./status-tag";
import { certificateWarningText } from "./certificate-warning";

export async function ChecklistSummary(c: TChecklist) {
  const t = await getTranslations("checklist");
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  return (
    <div className="space-y-3 rounded bg-white p-4 shadow-sm">
      <ProgressBar percent={c.progress.overall.percent} label={t("summary.overall")} detail={t("taskList.closedOf", { closed: c.progress.overall.closed, total: c.progress.overall.total })} />
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("summary.phase")}</dt>
        <dd>{t(`overview.phases.${c.phase}`)}</dd>
        <dt className="font-medium">{t("summary.next")}</dt>
        <dd className="flex flex-wrap items-center gap-2">
          {c.next ? (
            <>
              <Link href={`/institutions/${c.institution.id}/steps/${c.next.step.key}`} className="ds-link">
                <span className="font-mono">{c.next.step.key}</span> {c.next.step.title[locale]}
              </Link>
              <StatusTag status={c.next.status} />
              {c.waitingOn && <span>{t(`waitingOn.${c.waitingOn}`)}</span>}
            </>
          ) : t("summary.none")}
        </dd>
      </dl>
      {(c.overdue.length > 0 || c.certificates.length > 0) && (
        <ul className="flex flex-wrap gap-2">
          {c.overdue.length > 0 && <li><WarningTag>{t("summary.overdue", { count: c.overdue.length })}</WarningTag></li>}
          {c.certificates.map((w) => (
            <li key={w.index}><WarningTag>{certificateWarningText(t, w)}</WarningTag></li>
          ))}
        </ul>
      )}
    </div>
  );
}
