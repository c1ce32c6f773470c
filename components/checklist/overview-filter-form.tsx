// The overview's search and filters as a GET form: the filtered view lives in the URL.
import { getTranslations } from "next-intl/server";
import { OVERVIEW_SORTS, type TOverviewFilter } from "@/lib/validation/checklist";
import { FilterChecks, FilterForm, FilterSearch, FilterSelect } from "@/components/filters";

const FLAGS = ["waitingOnBits", "overdue", "thirdParty", "stale"] as const;

export async function OverviewFilterForm({ filter }: { filter: TOverviewFilter }) {
  const t = await getTranslations("checklist.overview");
  return (
    <FilterForm label={t("filters")} search apply={t("apply")} reset={{ href: "/overview", label: t("reset") }}>
      <FilterSearch id="o-q" name="q" label={t("search")} defaultValue={filter.q} />
      <FilterSelect
        id="o-phase"
        name="phase"
        label={t("phase")}
        defaultValue={filter.phase}
        options={[{ value: "", label: t("allPhases") }, ...(["A", "B", "C", "D", "DONE"] as const).map((p) => ({ value: p, label: t(`phases.${p}`) }))]}
      />
      <FilterSelect
        id="o-sort"
        name="sort"
        label={t("sort")}
        defaultValue={filter.sort}
        options={OVERVIEW_SORTS.map((s) => ({ value: s, label: t(`sorts.${s}`) }))}
      />
      <FilterChecks legend={t("show")} items={FLAGS.map((f) => ({ id: `o-${f}`, name: f, label: t(`flags.${f}`), checked: filter[f] }))} />
    </FilterForm>
  );
}
