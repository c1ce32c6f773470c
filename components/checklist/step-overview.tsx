// The read-only top of the step view: description, who does it, documents, prerequisites,
// notes from the institution's facts, recorded reason and evidence completeness.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import type { TLocalized } from "@/lib/onboarding";
import type { TStepDetail } from "@/lib/server/checklist/get-step-detail";
import { certificateWarningText } from "./certificate-warning";
import { StatusTag, WarningTag } from "./status-tag";

export async function StepOverview({ detail }: { detail: TStepDetail }) {
  const t = await getTranslations("checklist.step");
  const tp = await getTranslations("checklist");
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  const l = (x: TLocalized | undefined) => x?.[locale] ?? "";
  const { step, recorded } = detail;
  const base = `/institutions/${detail.institution.id}/steps`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <StatusTag status={step.status} />
        {step.overdue && <WarningTag>{tp("taskList.overdue")}</WarningTag>}
        {detail.certificates.map((w) => <WarningTag key={w.index}>{certificateWarningText(tp, w)}</WarningTag>)}
        {step.step.requiresReview && <span className="text-sm text-slate-700">{t("reviewedByBits")}</span>}
      </div>
      <p className="max-w-prose">{l(step.step.description)}</p>
      {detail.variantNotes.map((n) => <p key={n} className="max-w-prose rounded border-l-4 border-brand bg-white px-3 py-2">{t(`variantNotes.${n}`)}</p>)}
      <dl className="grid max-w-2xl grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("performer")}</dt>
        <dd>{tp(`performer.${step.step.performer}`)}</dd>
        <dt className="font-medium">{t("roles")}</dt>
        <dd className="flex flex-wrap gap-1">{step.step.roles.map((r) => <span key={r} className="rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold">{r}</span>)}</dd>
        {recorded.dueDate && (<><dt className="font-medium">{t("dueDate")}</dt><dd>{formatDate(recorded.dueDate, locale)}</dd></>)}
        {recorded.reason && (<><dt className="font-medium">{t("reason")}</dt><dd className="whitespace-pre-line">{recorded.reason}</dd></>)}
        {recorded.updatedAt && (<><dt className="font-medium">{t("lastChange")}</dt><dd>{formatDateTime(recorded.updatedAt, locale)}{recorded.updatedByName && <> · {recorded.updatedByName}</>}</dd></>)}
      </dl>
      <h2 className="ds-heading" data-size="md">{t("documents")}</h2>
      {step.step.links.length === 0 ? <p>{t("noDocuments")}</p> : (
        <ul className="list-disc space-y-1 pl-5">
          {step.step.links.map((d) => <li key={d.url}><a href={d.url} className="ds-link" rel="noopener noreferrer" target="_blank">{l(d.label)}<span className="sr-only"> ({t("opensInNewTab")})</span></a></li>)}
        </ul>
      )}
      <h2 className="ds-heading" data-size="md">{t("prerequisites")}</h2>
      {detail.prerequisites.length === 0 ? <p>{t("noPrerequisites")}</p> : (
        <ul className="space-y-1">
          {detail.prerequisites.map((p) => (
            <li key={p.key} className="flex flex-wrap items-center gap-2">
              <Link href={`${base}/${p.key}`} className="ds-link"><span className="font-mono">{p.key}</span> {l(p.title)}</Link>
              <StatusTag status={p.status} />
            </li>
          ))}
        </ul>
      )}
      {!detail.retired && (
        <p role="status" className={detail.completeness.complete ? "text-green-900" : "text-slate-800"}>
          {detail.completeness.complete ? t("evidenceComplete") : t("evidenceMissing", { count: detail.completeness.missing.length })}
        </p>
      )}
    </div>
  );
}
