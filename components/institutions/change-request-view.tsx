// One change request: what changes from what to what, why, who asked and when, and (once
// decided) the decision. Used on the institution's edit page and in the Bits queue.
import { getLocale, getTranslations } from "next-intl/server";
import { Tag } from "@/components/ds";
import { formatDateTime, toDateLocale } from "@/lib/format/dates";
import { CHECKLIST_FACTS } from "@/lib/onboarding/checklist-facts";
import type { TChangeRequestView } from "@/lib/server/institutions/list-change-requests";

export async function ChangeRequestView({ request, showInstitution = false }: { request: TChangeRequestView; showInstitution?: boolean }) {
  const t = await getTranslations("institution.changeRequest");
  const tf = await getTranslations("institution.form");
  const locale = toDateLocale(await getLocale());
  const show = (v: unknown) => (typeof v === "boolean" ? (v ? tf("yes") : tf("no")) : v ? String(v) : "–");
  const color = request.status === "OPEN" ? "warning" : request.status === "APPROVED" ? "success" : "danger";
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap items-center gap-2">
        <Tag data-color={color} data-size="sm">{t(`status.${request.status}`)}</Tag>
        {showInstitution && <strong>{request.institution.name}</strong>}
        <span>{t("requestedBy", { name: request.requestedByName, time: formatDateTime(request.createdAt, locale) })}</span>
      </p>
      <dl className="app-facts">
        {CHECKLIST_FACTS.filter((k) => k in request.proposed).map((k) => (
          <div key={k} className="contents">
            <dt className="font-medium">{tf(k)}</dt>
            <dd>{t("fromTo", { from: show(request.current[k]), to: show(request.proposed[k]) })}</dd>
          </div>
        ))}
        <dt className="font-medium">{t("reasonShort")}</dt>
        <dd className="whitespace-pre-line break-words">{request.reason}</dd>
        {request.decidedAt && (
          <>
            <dt className="font-medium">{t("decision")}</dt>
            <dd className="whitespace-pre-line break-words">
              {t("decidedBy", { name: request.decidedByName ?? "?", time: formatDateTime(request.decidedAt, locale) })}
              {request.decisionNote ? `: ${request.decisionNote}` : ""}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
