// The top of an institution's page as three DS cards: where the onboarding stands (overall
// progress in words and as a bar, current phase, who it waits on), the next step, and what needs
// attention (overdue steps with their due dates, expiring certificates; a Badge counts them).
// Each card is a region named by its h2. Props are getChecklist's output.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge, Card, Paragraph } from "@/components/ds";
import { formatDate } from "@/lib/format/dates";
import { PHASE_TITLES, stepWaitsOnParty, type TViewer } from "@/lib/onboarding";
import type { TChecklist } from "@/lib/server/checklist/get-checklist";
import { ProgressMeter } from "./progress-bar";
import { StatusTag, WarningTag } from "./status-tag";
import { certificateWarningText } from "./certificate-warning";
import { performerText, waitingText } from "./who-labels";

/** `viewer`: how the reader stands to the institution ("Venter på dere" for its own side). */
export async function ChecklistSummary({ viewer = "INSTITUTION_STAFF", ...c }: TChecklist & { viewer?: TViewer }) {
  const t = await getTranslations("checklist");
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  const base = `/institutions/${c.institution.id}/steps`;
  const { overall } = c.progress;
  const attention = c.overdue.length + c.blocked.length + c.certificates.length;
  return (
    <div className="summary-cards">
      <Card asChild data-color="neutral">
        <section aria-labelledby="summary-where">
          <h2 id="summary-where" className="ds-heading" data-size="xs">{t("summary.whereTitle")}</h2>
          <ProgressMeter
            id="overall-progress"
            percent={overall.percent}
            label={t("summary.overall")}
            valueText={t("process.overallValue", { closed: overall.closed, total: overall.total, percent: overall.percent })}
          />
          <Paragraph data-size="sm">
            {c.phase === "DONE" ? t("overview.phases.DONE") : <>{t("summary.phase")}: <strong>{t("process.phase", { phase: c.phase, title: PHASE_TITLES[c.phase][locale] })}</strong></>}
            {c.next && <><br />{waitingText(t, stepWaitsOnParty(c.next, c.profile), viewer, c.institution.supplierName)}</>}
          </Paragraph>
        </section>
      </Card>
      <Card asChild data-color="neutral">
        <section aria-labelledby="summary-next">
          <h2 id="summary-next" className="ds-heading" data-size="xs">{t("summary.next")}</h2>
          {c.next ? (
            <>
              <Paragraph>
                <Link href={`${base}/${c.next.step.key}`} className="ds-link font-medium">
                  <span className="font-mono">{c.next.step.key}</span> {c.next.step.title[locale]}
                </Link>
              </Paragraph>
              <p className="flex flex-wrap items-center gap-2">
                <StatusTag status={c.next.display} />
                <span className="task-meta">{performerText(t, c.next.step, c.profile, c.institution.supplierName)}</span>
              </p>
            </>
          ) : <Paragraph>{t("summary.none")}</Paragraph>}
        </section>
      </Card>
      <Card asChild data-color={attention > 0 ? "danger" : "neutral"}>
        <section aria-labelledby="summary-late">
          <h2 id="summary-late" className="ds-heading flex items-center gap-2" data-size="xs">
            {t("summary.lateTitle")}
            {attention > 0 && <Badge count={attention} data-color="danger" />}
          </h2>
          {attention === 0 && <Paragraph data-size="sm">{t("summary.nothingLate")}</Paragraph>}
          {c.overdue.length > 0 && (
            <ul className="space-y-1">
              {c.overdue.map((s) => (
                <li key={s.step.key} className="flex flex-wrap items-center gap-x-2">
                  <Link href={`${base}/${s.step.key}`} className="ds-link"><span className="font-mono">{s.step.key}</span> {s.step.title[locale]}</Link>
                  {s.dueDate && <span className="task-meta">{t("taskList.due", { date: formatDate(s.dueDate, locale) })}</span>}
                </li>
              ))}
            </ul>
          )}
          {c.blocked.length > 0 && (
            <ul className="space-y-1" data-testid="summary-blocked">
              {c.blocked.map((s) => (
                <li key={s.step.key}>
                  <Link href={`${base}/${s.step.key}`} className="ds-link"><span className="font-mono">{s.step.key}</span> {s.step.title[locale]}</Link>
                  {" "}<WarningTag>{t("status.BLOCKED")}</WarningTag>
                  {s.reason && <span className="task-meta block">{t("summary.blockedReason", { reason: s.reason })}</span>}
                </li>
              ))}
            </ul>
          )}
          {c.certificates.length > 0 && (
            <ul className="flex flex-wrap gap-2">
              {c.certificates.map((w) => <li key={w.index}><WarningTag>{certificateWarningText(t, w)}</WarningTag></li>)}
            </ul>
          )}
        </section>
      </Card>
    </div>
  );
}
