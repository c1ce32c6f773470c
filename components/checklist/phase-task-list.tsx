// An institution's checklist as a process view (modelled on GOV.UK's task list and Aksel's
// Process): phases A–D as an ordered list, each with its state, "3 av 7 steg ferdige" and, for a
// finished phase, the day it was finished; the current phase carries aria-current="step". Each
// phase is a Details: finished phases start collapsed, the current one open, later ones open only
// when work in them has begun or is overdue (lib/onboarding/phase-process.ts says why). Inside, the
// steps as a task list: key, title, performer, due date, last change, status tag, link to the step.
// Props are getChecklist's output: `<PhaseTaskList {...checklist} />`. Phase headings are h3: put
// it under an h2.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Details, DetailsContent, DetailsSummary } from "@/components/ds";
import { formatDate } from "@/lib/format/dates";
import { PHASE_TITLES, phaseProcess, type TLocalized } from "@/lib/onboarding";
import type { TChecklist } from "@/lib/server/checklist/get-checklist";
import { PhaseStateTag } from "./phase-state-tag";
import { performerText } from "./who-labels";
import { RetiredTag, StatusTag, WarningTag } from "./status-tag";

/** `newSince`: the viewer's previous visit (ISO); steps changed after it are marked "new". */
export async function PhaseTaskList({ newSince, ...checklist }: TChecklist & { newSince?: string | null }) {
  const tn = await getTranslations("notifications");
  const t = await getTranslations("checklist");
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  const l = (x: TLocalized) => x[locale];
  const date = (iso: string) => formatDate(iso, locale);
  const base = `/institutions/${checklist.institution.id}/steps`;
  return (
    <ol className="process" aria-label={t("process.label")}>
      {phaseProcess(checklist.steps).map((p) => {
        const steps = checklist.steps.filter((s) => s.step.phase === p.phase);
        const title = t("process.phase", { phase: p.phase, title: l(PHASE_TITLES[p.phase]) });
        return (
          <li key={p.phase} className="process-phase" data-state={p.state} data-current={p.current || undefined} aria-current={p.current ? "step" : undefined}>
            <span className="process-marker" aria-hidden="true">{p.phase}</span>
            <Details defaultOpen={p.open} data-phase={p.phase}>
              <DetailsSummary>
                <span className="process-summary">
                  <h3 id={`phase-${p.phase}`} className="ds-heading" data-size="xs">{title}</h3>
                  <span className="process-meta">
                    <PhaseStateTag state={p.state} label={t(`process.states.${p.state}`)} />
                    <span>
                      {t("taskList.closedOf", { closed: p.closed, total: p.total })}
                      {p.state === "DONE" && p.finishedAt && <> · {t("process.finishedAt", { date: date(p.finishedAt) })}</>}
                      {p.current && <> · <strong>{t("process.current")}</strong></>}
                    </span>
                    {p.overdue > 0 && <WarningTag>{t("process.overdue", { count: p.overdue })}</WarningTag>}
                  </span>
                </span>
              </DetailsSummary>
              <DetailsContent>
                {steps.length === 0 ? <p className="task-meta">{t("process.noSteps")}</p> : (
                  <ul className="task-list">
                    {steps.map((s) => (
                      <li key={s.step.key} className="task">
                        <div className="min-w-0">
                          <Link href={`${base}/${s.step.key}`} className="ds-link font-medium">
                            <span className="font-mono">{s.step.key}</span> {l(s.step.title)}
                          </Link>
                          {newSince && s.updatedAt && s.updatedAt > newSince && (
                            <span className="app-new-mark ml-2 rounded px-1 text-xs font-semibold" data-testid="new-since-visit" title={tn("newSinceVisit")} style={{ background: "var(--ds-color-accent-surface-tinted)", color: "var(--ds-color-accent-text-default)" }}>
                              {tn("newMark")}<span className="sr-only"> ({tn("newSinceVisit")})</span>
                            </span>
                          )}
                          {s.retired && <p className="task-meta">{t("taskList.retiredNote")}</p>}
                          <p className="task-meta">
                            {performerText(t, s.step, checklist.profile, checklist.institution.supplierName)}
                            {s.dueDate && <> · {t("taskList.due", { date: date(s.dueDate) })}</>}
                            {s.updatedAt && <> · {s.updatedByName ? t("taskList.lastChange", { date: date(s.updatedAt), name: s.updatedByName }) : t("taskList.lastChangeAt", { date: date(s.updatedAt) })}</>}
                          </p>
                        </div>
                        <div className="task-tags">
                          {s.retired && <RetiredTag>{t("taskList.retired")}</RetiredTag>}
                          {s.overdue && <WarningTag>{t("taskList.overdue")}</WarningTag>}
                          <StatusTag status={s.display} />
                        </div>
                      </li>
                    ))}
                  </ul>
                )}
              </DetailsContent>
            </Details>
          </li>
        );
      })}
    </ol>
  );
}
