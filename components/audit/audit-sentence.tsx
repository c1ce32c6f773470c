// An audit event as a sentence in the page's language (lib/onboarding/audit-sentence.ts builds
// it), and its labelled before/after table. Used by the audit trail and a step's history.
import { getLocale, getTranslations } from "next-intl/server";
import { toDateLocale, formatDate, formatDateTime } from "@/lib/format/dates";
import { personFromActor, personLabel } from "@/lib/format/person";
import { findStep } from "@/lib/onboarding";
import { messageKey, type TAuditDetail, type TAuditSentence, type TAuditValue } from "@/lib/onboarding/audit-sentence";

export type TValueText = (v: TAuditValue) => string;

/** Turns typed sentence values into text in the page's language. */
export async function auditValueText(names: ReadonlyMap<string, string>): Promise<TValueText> {
  const t = await getTranslations("audit");
  const ts = await getTranslations("checklist.status");
  const locale = toDateLocale(await getLocale());
  return (v) => {
    switch (v.type) {
      case "text": return v.value;
      case "status": return ts(v.value);
      case "userRole": return t.has(`userRoles.${v.value}`) ? t(`userRoles.${v.value}`) : v.value;
      case "memberRole": return t.has(`memberRoles.${v.value}`) ? t(`memberRoles.${v.value}`) : v.value;
      case "day": return formatDate(v.value, locale);
      case "instant": return formatDateTime(v.value, locale);
      case "bool": return t(v.value ? "values.yes" : "values.no");
      case "person": return personLabel(personFromActor(v.email, names), t("system"));
      case "permission": return t.has(`permissions.${messageKey(v.value)}`) ? t(`permissions.${messageKey(v.value)}`) : v.value;
      case "changed": return t("values.changed");
      case "none": return t("values.none");
    }
  };
}

export async function AuditSentenceText({ sentence, text, withStep = true }: { sentence: TAuditSentence; text: TValueText; withStep?: boolean }) {
  const t = await getTranslations("audit");
  const locale = toDateLocale(await getLocale());
  const params = Object.fromEntries(Object.entries(sentence.params).map(([k, v]) => [k, text(v)]));
  const step = withStep && sentence.stepKey ? findStep(sentence.stepKey) : null;
  return (
    <>
      {withStep && sentence.stepKey && (
        <span className="font-medium">
          {sentence.stepKey}
          {step && <> {step.title[locale]}</>}:{" "}
        </span>
      )}
      {t(`sentences.${sentence.key}`, params)}
    </>
  );
}

/** The fields the event changed, as a small table (nothing when there are none). */
export async function AuditDetailsTable({ details, text }: { details: TAuditDetail[]; text: TValueText }) {
  if (details.length === 0) return null;
  const t = await getTranslations("audit");
  return (
    <table className="mt-1 text-xs">
      <thead>
        <tr>
          <th scope="col" className="pr-3 text-left font-semibold">{t("field")}</th>
          <th scope="col" className="pr-3 text-left font-semibold">{t("before")}</th>
          <th scope="col" className="text-left font-semibold">{t("after")}</th>
        </tr>
      </thead>
      <tbody>
        {details.map((d) => (
          <tr key={d.field} className="align-top">
            <th scope="row" className="pr-3 text-left font-normal">{d.raw || !t.has(`fields.${d.field}`) ? d.field : t(`fields.${d.field}`)}</th>
            <td className="break-words pr-3">{text(d.before)}</td>
            <td className="break-words">{text(d.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
