import { getLocale, getTranslations } from "next-intl/server";
import { FilterDate, FilterForm, FilterSelect, FilterText } from "@/components/filters";
import type { TAuditFilter } from "@/lib/validation/audit";
import { messageKey } from "@/lib/onboarding/audit-sentence";

/** A GET form: filters live in the URL, so a filtered view can be shared and bookmarked. */
export async function AuditFilterForm(props: { filter: TAuditFilter; actions: string[]; institutions: { id: string; name: string }[] }) {
  const t = await getTranslations("audit");
  const lang = await getLocale();
  const { filter } = props;
  return (
    <FilterForm label={t("filters")} apply={t("apply")} reset={{ href: "/audit", label: t("reset") }}>
      <FilterSelect
        id="f-institution"
        name="institutionId"
        label={t("institution")}
        defaultValue={filter.institutionId}
        options={[{ value: "", label: t("all") }, ...props.institutions.map((i) => ({ value: i.id, label: i.name }))]}
      />
      <FilterText id="f-actor" name="actor" label={t("actor")} defaultValue={filter.actor} />
      <FilterSelect
        id="f-action"
        name="action"
        label={t("action")}
        defaultValue={filter.action}
        options={[
          { value: "", label: t("all") },
          ...props.actions.map((a) => ({ value: a, label: t.has(`actionNames.${messageKey(a)}`) ? t(`actionNames.${messageKey(a)}`) : a })),
        ]}
      />
      <FilterDate id="f-from" name="from" label={t("from")} defaultValue={filter.from} lang={lang} />
      <FilterDate id="f-to" name="to" label={t("to")} defaultValue={filter.to} lang={lang} />
    </FilterForm>
  );
}
