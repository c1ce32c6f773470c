import { getTranslations } from "next-intl/server";
import { FilterForm, FilterSearch } from "@/components/filters";

/** A plain GET form: the filter lives in the URL (?q=), so it works without JavaScript. */
export async function UserFilter({ query }: { query?: string }) {
  const t = await getTranslations("admin.users");
  return (
    <FilterForm label={t("filterForm")} search apply={t("filterSubmit")} reset={query ? { href: "/admin/users", label: t("filterReset") } : undefined}>
      <FilterSearch id="user-filter" name="q" label={t("filter")} defaultValue={query} />
    </FilterForm>
  );
}
