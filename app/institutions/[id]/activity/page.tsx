import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { ActivityView } from "@/components/activity/activity-view";
import { activityFilterOf } from "@/lib/http/activity-filter";
import { requireActor } from "@/lib/server/access/actor";
import { listActivity } from "@/lib/server/activity/list-activity";
import { db } from "@/lib/server/db";
import { orNotFound } from "../load";

export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;

/** One institution's activity, for everyone who may read the institution (listActivity checks). */
export default async function InstitutionActivityPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Search }) {
  const { id } = await params;
  const actor = await requireActor();
  const { query, filter, valid } = activityFilterOf(await searchParams);
  const result = await orNotFound(listActivity({ db, actor, institutionId: id, filter }));
  const t = await getTranslations("activity");
  const name = result.institution!.name;
  return (
    <section aria-labelledby="activity-title" className="space-y-4">
      <p><Link href={`/institutions/${id}`} className="ds-link">{t("back", { name })}</Link></p>
      <PageHeader id="activity-title" title={t("institutionTitle", { name })} intro={t("institutionIntro")} count={result.total} />
      <ActivityView result={result} filter={filter} filterValid={valid} query={query} resetHref={`/institutions/${id}/activity`} />
    </section>
  );
}
