// An institution's checklist as a task list per phase: key, title, performer, status, due date,
// last change and a link to the step view, under a summary. Props are getChecklist's output:
// `<PhaseTaskList {...checklist} />`. Phase headings are h3: put it under an h2.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format/dates";
import { PHASE_TITLES, PHASES, type TLocalized } from "@/lib/onboarding";
import type { TChecklist } from "@/lib/server/checklist/get-checklist";
import { ChecklistSummary } from "./checklist-summary";
import { ProgressBar } from "./progress-bar";
import { RetiredTag, StatusTag, WarningTag } from "./status-tag";

export async function PhaseTaskList(checklist: TChecklist) {
  const t = await getTranslations("checklist");
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  const l = (x: TLocalized) => x[locale];
  const date = (iso: string) => formatDate(iso, locale);
  const base = `/institutions/${checklist.institution.id}/steps`;
  return (
    <div className="space-y-6">
      <ChecklistSummary {...checklist} />
      {PHASES.map((phase) => {
        const steps = checklist.steps.filter((s) => s.step.phase === phase);
        const p = checklist.progress.phases[phase];
        return (
          <section key={phase} aria-labelledby={`phase-${phase}`} className="space-y-2">
            <h3 id={`phase-${phase}`} className="ds-heading" data-size="sm">{t("taskList.phase", { phase, title: l(PHASE_TITLES[phase]) })}</h3>
            <ProgressBar percent={p.percent} label={t("taskList.phaseProgress", { phase })} detail={t("taskList.closedOf", { closed: p.closed, total: p.total })} />
            <ul className="divide-y divide-slate-200 rounded bg-white shadow-sm">
              {steps.map((s) => (
                <li key={s.step.key} className="task">
                  <div className="min-w-0">
                    <Link href={`${base}/${s.step.key}`} className="ds-link font-medium">
                      <span className="font-mono">{s.step.key}</span> {l(s.step.title)}
                    </Link>
                    {s.retired && <p className="task-meta">{t("taskList.retiredNote")}</p>}
                    <p className="task-meta">
                      {t(`performer.${s.step.performer}`)}
                      {s.dueDate && <> · {t("taskList.due", { date: date(s.dueDate) })}</>}
                      {s.updatedAt && <> · {s.updatedByName ? t("taskList.lastChange", { date: formatDate(s.updatedAt, locale), name: s.updatedByName }) : t("taskList.lastChangeAt", { date: formatDate(s.updatedAt, locale) })}</>}
                    </p>
                  </div>
                  <div className="task-tags">
                    {s.retired && <RetiredTag>{t("taskList.retired")}</RetiredTag>}
                    {s.overdue && <WarningTag>{t("taskList.overdue")}</WarningTag>}
                    <StatusTag status={s.status} />
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
