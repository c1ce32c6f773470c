// The overview's search and filters as a GET form: the filtered view lives in the URL. Once
// hydrated, the filters apply as they change (FilterAutoApply); the button still submits.
import { getTranslations } from "next-intl/server";
import { OVERVIEW_SORTS, type TOverviewFilter } from "@/lib/validation/checklist";
import { FilterChecks, FilterForm, FilterSearch, FilterSelect } from "@/components/filters";
import { FilterAutoApply } from "@/components/overview-tools/filter-auto-apply";

const FLAGS = ["waitingOnBits", "overdue", "thirdParty", "stale"] as const;

export async function OverviewFilterForm({ filter, coordinators = [] }: { filter: TOverviewFilter; coordinators?: { value: string; label: string }[] }) {
  const t = await getTranslations("checklist.overview");
  const tt = await getTranslations("overviewTools");
  return (
    <FilterForm label={t("filters")} search apply={t("apply")} reset={{ href: "/overview", label: t("reset") }}>
      <FilterAutoApply />
      <FilterSearch id="o-q" name="q" label={t("search")} defaultValue={filter.q} />
      <FilterSelect
        id="o-phase"
        name="phase"
        label={t("phase")}
        defaultValue={filter.phase}
        options={[{ value: "", label: t("allPhases") }, ...(["A", "B", "C", "D", "DONE"] as const).map((p) => ({ value: p, label: t(`phases.${p}`) }))]}
      />
      <FilterSelect
        id="o-owner"
        name="owner"
        label={tt("owner")}
        defaultValue={filter.owner}
        options={[
          { value: "", label: tt("owners.any") },
          { value: "mine", label: tt("owners.mine") },
          { value: "none", label: tt("owners.none") },
          ...coordinators,
        ]}
      />
      <FilterSelect
        id="o-sort"
        name="sort"
        label={t("sort")}
        defaultValue={filter.sort}
        options={OVERVIEW_SORTS.map((s) => ({ value: s, label: tt(`sorts.${s}`) }))}
      />
      <FilterSelect
        id="o-dir"
        name="dir"
        label={tt("dir")}
        defaultValue={filter.dir}
        options={[{ value: "", label: tt("dirs.default") }, { value: "asc", label: tt("dirs.asc") }, { value: "desc", label: tt("dirs.desc") }]}
      />
      <FilterChecks legend={t("show")} items={FLAGS.map((f) => ({ id: `o-${f}`, name: f, label: t(`flags.${f}`), checked: filter[f] }))} />
    </FilterForm>
  );
}
