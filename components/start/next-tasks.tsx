// "Deres neste oppgaver" at the top of an institution's page: the steps its side can act on now
// (lib/onboarding/next-tasks.ts), overdue first, then due soon, then the rest, as a compact task
// list: a link to each step, its urgency and due date, who does it when that is the supplier, and
// what still keeps it from being done.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClockIcon } from "@navikt/aksel-icons";
import { Card, Paragraph, Tag } from "@/components/ds";
import { StatusTag, WarningTag } from "@/components/checklist/status-tag";
import { formatDate } from "@/lib/format/dates";
import { evidenceFields, type TNextTask } from "@/lib/onboarding";
import { evidenceKeyLabel } from "@/lib/onboarding/evidence-labels";

export async function NextTasks({ institutionId, tasks, supplierName }: { institutionId: string; tasks: TNextTask[]; supplierName: string | null }) {
  const t = await getTranslations("checklist");
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  const base = `/institutions/${institutionId}/steps`;
  return (
    <Card asChild data-color="neutral">
      <section aria-labelledby="next-tasks-title" className="space-y-2">
        <h2 id="next-tasks-title" className="ds-heading" data-size="sm">{t("nextTasks.title")}</h2>
        {tasks.length === 0 ? <Paragraph data-size="sm">{t("nextTasks.none")}</Paragraph> : (
          <>
            <Paragraph data-size="sm">{t("nextTasks.intro")} {t("nextTasks.count", { count: tasks.length })}.</Paragraph>
            <ol className="task-list" aria-labelledby="next-tasks-title">
              {tasks.map(({ step: s, urgency, party, missingEvidence, openPrerequisites, blockedReason, returnedReason }) => {
                const fields = evidenceFields(s.step.key);
                return (
                  <li key={s.step.key} className="task" data-step={s.step.key} data-urgency={urgency}>
                    <div className="min-w-0">
                      <Link href={`${base}/${s.step.key}`} className="ds-link font-medium">
                        <span className="font-mono">{s.step.key}</span> {s.step.title[locale]}
                      </Link>
                      <p className="task-meta">
                        {party === "SUPPLIER" && supplierName ? t("performer.SUPPLIER", { name: supplierName }) : t(`performer.${s.step.performer}`, { name: "" })}
                        {s.dueDate && <> · {t("taskList.due", { date: formatDate(s.dueDate, locale) })}</>}
                      </p>
                      {returnedReason && <p className="task-meta">{t("nextTasks.returned", { reason: returnedReason })}</p>}
                      {blockedReason && <p className="task-meta">{t("nextTasks.blocked", { reason: blockedReason })}</p>}
                      {openPrerequisites.length > 0 && <p className="task-meta">{t("nextTasks.openPrerequisites", { keys: openPrerequisites.join(", ") })}</p>}
                      {missingEvidence.length > 0 && (
                        <p className="task-meta">{t("nextTasks.missingEvidence", { fields: missingEvidence.map((k) => evidenceKeyLabel(k, fields, locale)).join(", ") })}</p>
                      )}
                    </div>
                    <div className="task-tags">
                      {urgency === "OVERDUE" ? <WarningTag>{t("nextTasks.urgency.OVERDUE")}</WarningTag>
                        : urgency === "DUE_SOON" ? (
                          <Tag data-color="warning" data-size="sm" className="inline-flex gap-1 whitespace-nowrap"><ClockIcon aria-hidden className="shrink-0" />{t("nextTasks.urgency.DUE_SOON")}</Tag>
                        ) : null}
                      <StatusTag status={s.display} />
                    </div>
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </section>
    </Card>
  );
}
