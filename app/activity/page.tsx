import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { ActivityView } from "@/components/activity/activity-view";
import { activityFilterOf } from "@/lib/http/activity-filter";
import { requireActor } from "@/lib/server/access/actor";
import { listActivity } from "@/lib/server/activity/list-activity";
import { db } from "@/lib/server/db";
import { orNotFound } from "../institutions/[id]/load";

export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;

/** Coordinators: the activity of every institution. */
export default async function ActivityPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  const { query, filter, valid } = activityFilterOf(await searchParams);
  const result = await orNotFound(listActivity({ db, actor, filter }));
  const t = await getTranslations("activity");
  return (
    <section aria-labelledby="activity-title" className="space-y-4">
      <PageHeader id="activity-title" title={t("title")} intro={t("intro")} count={result.total} />
      <ActivityView result={result} filter={filter} filterValid={valid} query={query} resetHref="/activity" />
    </section>
  );
}
