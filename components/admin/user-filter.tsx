import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ds";

/** A plain GET form: the filter lives in the URL (?q=), so it works without JavaScript. */
export async function UserFilter({ query }: { query?: string }) {
  const t = await getTranslations("admin.users");
  return (
    <form method="get" role="search" className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor="user-filter" className="font-medium">{t("filter")}</label>
        <input id="user-filter" name="q" type="search" defaultValue={query} className="ds-input" />
      </div>
      <Button type="submit" variant="primary">{t("filterSubmit")}</Button>
    </form>
  );
}
