// The body of both activity pages: filter, count, feed and page links.
import { getTranslations } from "next-intl/server";
import { PageNav } from "@/components/page-nav";
import { EmptyState } from "@/components/page-header";
import { Alert } from "@/components/ds";
import type { TActivityPage } from "@/lib/server/activity/list-activity";
import type { TActivityFilter } from "@/lib/validation/activity";
import { ActivityFeed } from "./activity-feed";
import { ActivityFilterForm } from "./activity-filter-form";

export async function ActivityView(props: {
  result: TActivityPage;
  filter: TActivityFilter;
  filterValid: boolean;
  query: Record<string, string>;
  resetHref: string;
}) {
  const t = await getTranslations("activity");
  const { result } = props;
  const across = result.institution === null;
  return (
    <>
      {!props.filterValid && <Alert data-color="warning" role="alert" data-size="sm">{t("invalidFilter")}</Alert>}
      <ActivityFilterForm filter={props.filter} resetHref={props.resetHref} institutionSearch={across} />
      <p role="status">{t("count", { count: result.total })}</p>
      {result.entries.length > 0 ? (
        <ActivityFeed entries={result.entries} showInstitution={across} />
      ) : (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      )}
      {result.pages > 1 && (
        <PageNav
          page={result.page}
          pages={result.pages}
          query={props.query}
          labels={{ nav: t("pagination"), previous: t("previous"), next: t("next"), position: (p) => t("page", { page: p, pages: result.pages }) }}
        />
      )}
    </>
  );
}
