import { getLocale, getTranslations } from "next-intl/server";
import { DateRangeFields } from "@/components/forms/date-range-fields";
import { ACTIVITY_KINDS } from "@/lib/onboarding";
import type { TActivityFilter } from "@/lib/validation/activity";
import { Button } from "@/components/ds";

const field = "flex flex-col gap-1 text-sm";
const input = "ds-input";

/** A GET form (filters live in the URL). The institution search is for the feed across institutions. */
export async function ActivityFilterForm(props: { filter: TActivityFilter; resetHref: string; institutionSearch: boolean }) {
  const t = await getTranslations("activity");
  const { filter } = props;
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded bg-white p-4 shadow-sm" aria-label={t("filters")}>
      {props.institutionSearch && (
        <div className={field}>
          <label htmlFor="a-q">{t("institution")}</label>
          <input id="a-q" name="q" type="search" defaultValue={filter.q ?? ""} className={input} />
        </div>
      )}
      <div className={field}>
        <label htmlFor="a-kind">{t("kind")}</label>
        <select id="a-kind" name="kind" defaultValue={filter.kind ?? ""} className={input}>
          <option value="">{t("allKinds")}</option>
          {ACTIVITY_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
        </select>
      </div>
      <DateRangeFields lang={await getLocale()} idPrefix="a" from={filter.from} to={filter.to} labels={{ from: t("from"), to: t("to") }} />
      <Button type="submit" variant="primary" data-size="sm">{t("apply")}</Button>
      <a href={props.resetHref} className="ds-link self-center">{t("reset")}</a>
    </form>
  );
}
