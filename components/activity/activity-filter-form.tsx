import { getLocale, getTranslations } from "next-intl/server";
import { FilterDate, FilterForm, FilterSearch, FilterSelect } from "@/components/filters";
import { ACTIVITY_KINDS } from "@/lib/onboarding";
import type { TActivityFilter } from "@/lib/validation/activity";

/** A GET form (filters live in the URL). The institution search is for the feed across institutions. */
export async function ActivityFilterForm(props: { filter: TActivityFilter; resetHref: string; institutionSearch: boolean }) {
  const t = await getTranslations("activity");
  const lang = await getLocale();
  const { filter } = props;
  return (
    <FilterForm label={t("filters")} apply={t("apply")} reset={{ href: props.resetHref, label: t("reset") }}>
      {props.institutionSearch && <FilterSearch id="a-q" name="q" label={t("institution")} defaultValue={filter.q} />}
      <FilterSelect
        id="a-kind"
        name="kind"
        label={t("kind")}
        defaultValue={filter.kind}
        options={[{ value: "", label: t("allKinds") }, ...ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))]}
      />
      <FilterDate id="a-from" name="from" label={t("from")} defaultValue={filter.from} lang={lang} />
      <FilterDate id="a-to" name="to" label={t("to")} defaultValue={filter.to} lang={lang} />
    </FilterForm>
  );
}
