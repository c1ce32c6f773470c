import { getLocale, getTranslations } from "next-intl/server";
import { DateRangeFields } from "@/components/forms/date-range-fields";
import type { TAuditFilter } from "@/lib/validation/audit";
import { messageKey } from "@/lib/onboarding/audit-sentence";
import { Button } from "@/components/ds";

const field = "flex flex-col gap-1 text-sm";
const input = "ds-input";

/** A GET form: filters live in the URL, so a filtered view can be shared and bookmarked. */
export async function AuditFilterForm(props: { filter: TAuditFilter; actions: string[]; institutions: { id: string; name: string }[] }) {
  const t = await getTranslations("audit");
  const { filter } = props;
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded bg-white p-4 shadow-sm" aria-label={t("filters")}>
      <div className={field}>
        <label htmlFor="f-institution">{t("institution")}</label>
        <select id="f-institution" name="institutionId" defaultValue={filter.institutionId ?? ""} className={input}>
          <option value="">{t("all")}</option>
          {props.institutions.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
        </select>
      </div>
      <div className={field}>
        <label htmlFor="f-actor">{t("actor")}</label>
        <input id="f-actor" name="actor" defaultValue={filter.actor ?? ""} className={input} />
      </div>
      <div className={field}>
        <label htmlFor="f-action">{t("action")}</label>
        <select id="f-action" name="action" defaultValue={filter.action ?? ""} className={input}>
          <option value="">{t("all")}</option>
          {props.actions.map((a) => <option key={a} value={a}>{t.has(`actionNames.${messageKey(a)}`) ? t(`actionNames.${messageKey(a)}`) : a}</option>)}
        </select>
      </div>
      <DateRangeFields lang={await getLocale()} idPrefix="f" from={filter.from} to={filter.to} labels={{ from: t("from"), to: t("to") }} />
      <Button type="submit" variant="primary" data-size="sm">{t("apply")}</Button>
      <a href="/audit" className="ds-link self-center">{t("reset")}</a>
    </form>
  );
}
