// The overview's search and filters as a GET form: the filtered view lives in the URL.
import { getTranslations } from "next-intl/server";
import { OVERVIEW_SORTS, type TOverviewFilter } from "@/lib/validation/checklist";
import { Button } from "@/components/ds";

const field = "flex flex-col gap-1 text-sm";
const input = "ds-input";
const FLAGS = ["waitingOnBits", "overdue", "thirdParty", "stale"] as const;

export async function OverviewFilterForm({ filter }: { filter: TOverviewFilter }) {
  const t = await getTranslations("checklist.overview");
  return (
    <form method="get" role="search" aria-label={t("filters")} className="flex flex-wrap items-end gap-3 rounded bg-white p-4 shadow-sm">
      <div className={field}>
        <label htmlFor="o-q">{t("search")}</label>
        <input id="o-q" name="q" type="search" defaultValue={filter.q ?? ""} className={input} />
      </div>
      <div className={field}>
        <label htmlFor="o-phase">{t("phase")}</label>
        <select id="o-phase" name="phase" defaultValue={filter.phase ?? ""} className={input}>
          <option value="">{t("allPhases")}</option>
          {(["A", "B", "C", "D", "DONE"] as const).map((p) => <option key={p} value={p}>{t(`phases.${p}`)}</option>)}
        </select>
      </div>
      <fieldset className="flex flex-wrap gap-3 text-sm">
        <legend className="sr-only">{t("show")}</legend>
        {FLAGS.map((f) => (
          <div key={f} className="flex items-center gap-1">
            <input id={`o-${f}`} name={f} type="checkbox" defaultChecked={filter[f]} className="ds-input" />
            <label htmlFor={`o-${f}`}>{t(`flags.${f}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className={field}>
        <label htmlFor="o-sort">{t("sort")}</label>
        <select id="o-sort" name="sort" defaultValue={filter.sort} className={input}>
          {OVERVIEW_SORTS.map((s) => <option key={s} value={s}>{t(`sorts.${s}`)}</option>)}
        </select>
      </div>
      <Button type="submit" variant="primary" data-size="sm">{t("apply")}</Button>
      <a href="/overview" className="ds-link self-center">{t("reset")}</a>
    </form>
  );
}
