// The read-only parts of the step view, as DS cards. StepOverview: the status line and "Om
// steget" (the step's guide text, notes from the institution's facts, who does it, roles, due
// date, recorded reason, last change, evidence completeness). StepReferences: the documents at
// hand and the steps it builds on, for the page's side column.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, Paragraph } from "@/components/ds";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import type { TLocalized } from "@/lib/onboarding";
import type { TStepDetail } from "@/lib/server/checklist/get-step-detail";
import { certificateWarningText } from "./certificate-warning";
import { StatusTag, WarningTag } from "./status-tag";
import { performerText } from "./who-labels";

export async function StepOverview({ detail }: { detail: TStepDetail }) {
  const t = await getTranslations("checklist.step");
  const tp = await getTranslations("checklist");
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  const l = (x: TLocalized | undefined) => x?.[locale] ?? "";
  const { step, recorded } = detail;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <StatusTag status={step.display} />
        {step.overdue && <WarningTag>{tp("taskList.overdue")}</WarningTag>}
        {detail.certificates.map((w) => <WarningTag key={w.index}>{certificateWarningText(tp, w)}</WarningTag>)}
        {step.step.requiresReview && <span className="text-sm">{t("reviewedByBits")}</span>}
      </div>
      <Card asChild data-color="neutral">
        <section aria-labelledby="about-title" className="step-card">
          <h2 id="about-title" className="ds-heading" data-size="xs">{t("aboutTitle")}</h2>
          <Paragraph className="max-w-prose">{l(step.step.description)}</Paragraph>
          {detail.variantNotes.map((n) => <Paragraph key={n} data-size="sm" className="max-w-prose rounded border-l-4 border-brand px-3 py-2">{t(`variantNotes.${n}`)}</Paragraph>)}
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
            <dt className="font-medium">{t("performer")}</dt>
            <dd>{performerText(tp, step.step, detail.profile, detail.institution.supplierName)}</dd>
            <dt className="font-medium">{t("roles")}</dt>
            <dd className="flex flex-wrap gap-1">{step.step.roles.map((r) => <span key={r} className="rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold">{r}</span>)}</dd>
            {recorded.dueDate && (<><dt className="font-medium">{t("dueDate")}</dt><dd>{formatDate(recorded.dueDate, locale)}</dd></>)}
            {recorded.reason && (<><dt className="font-medium">{t("reason")}</dt><dd className="whitespace-pre-line">{recorded.reason}</dd></>)}
            {recorded.updatedAt && (<><dt className="font-medium">{t("lastChange")}</dt><dd>{formatDateTime(recorded.updatedAt, locale)}{recorded.updatedByName && <> · {recorded.updatedByName}</>}</dd></>)}
          </dl>
          {!detail.retired && (
            <p role="status" className={detail.completeness.complete ? "font-medium text-green-900" : "font-medium"}>
              {detail.completeness.complete ? t("evidenceComplete") : t("evidenceMissing", { count: detail.completeness.missing.length })}
            </p>
          )}
        </section>
      </Card>
    </div>
  );
}

/** Documents and prerequisites as two cards (the side column of the step view). */
export async function StepReferences({ detail }: { detail: TStepDetail }) {
  const t = await getTranslations("checklist.step");
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  const l = (x: TLocalized | undefined) => x?.[locale] ?? "";
  const { step } = detail;
  const base = `/institutions/${detail.institution.id}/steps`;
  return (
    <>
      <Card asChild data-color="neutral">
        <section aria-labelledby="documents-title" className="step-card">
          <h2 id="documents-title" className="ds-heading" data-size="xs">{t("documents")}</h2>
          {step.step.links.length === 0 ? <Paragraph data-size="sm">{t("noDocuments")}</Paragraph> : (
            <ul className="list-disc space-y-1 pl-5">
              {step.step.links.map((d) => <li key={d.url}><a href={d.url} className="ds-link" rel="noopener noreferrer" target="_blank">{l(d.label)}<span className="sr-only"> ({t("opensInNewTab")})</span></a></li>)}
            </ul>
          )}
        </section>
      </Card>
      <Card asChild data-color="neutral">
        <section aria-labelledby="prerequisites-title" className="step-card">
          <h2 id="prerequisites-title" className="ds-heading" data-size="xs">{t("prerequisites")}</h2>
          {detail.prerequisites.length === 0 ? <Paragraph data-size="sm">{t("noPrerequisites")}</Paragraph> : (
            <ul className="space-y-2">
              {detail.prerequisites.map((p) => (
                <li key={p.key} className="flex flex-wrap items-center gap-2">
                  <Link href={`${base}/${p.key}`} className="ds-link"><span className="font-mono">{p.key}</span> {l(p.title)}</Link>
                  <StatusTag status={p.status} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </Card>
    </>
  );
}
