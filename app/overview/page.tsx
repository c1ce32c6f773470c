import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OverviewFilterForm } from "@/components/checklist/overview-filter-form";
import { OverviewTable } from "@/components/checklist/overview-table";
import { PageNav } from "@/components/page-nav";
import { EmptyState, PageHeader } from "@/components/page-header";
import { Alert } from "@/components/ds";
import { firstValues } from "@/lib/http/search-params";
import { AppError } from "@/lib/errors/app-error";
import { requireActor } from "@/lib/server/access/actor";
import { newSinceVisit, visitsOf } from "@/lib/server/notifications/visits";
import { listOverview } from "@/lib/server/checklist/list-overview";
import { osloToday } from "@/lib/server/checklist/load-states";
import { db } from "@/lib/server/db";
import { OVERVIEW_PAGE_SIZE, ZOverviewFilterSchema } from "@/lib/validation/checklist";

export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function OverviewPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  const raw = firstValues(await searchParams);
  const parsed = ZOverviewFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : ZOverviewFilterSchema.parse({});
  const result = await listOverview({ db, actor, today: osloToday(), filters: filter }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("checklist.overview");
  const pages = Math.max(1, Math.ceil(result.rows.length / OVERVIEW_PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const shown = result.rows.slice((page - 1) * OVERVIEW_PAGE_SIZE, page * OVERVIEW_PAGE_SIZE);
  return (
    <section aria-labelledby="overview-title" className="space-y-4">
      <PageHeader id="overview-title" title={t("title")} intro={t("intro")} count={result.rows.length} />
      {!parsed.success && <Alert data-color="warning" role="alert" data-size="sm">{t("invalidFilter")}</Alert>}
      <OverviewFilterForm filter={filter} />
      <nav aria-label={t("exports")} className="flex flex-wrap gap-4 text-sm">
        {(["csv", "xlsx"] as const).map((format) => (
          <a key={format} className="ds-link" href={`/api/export/overview?${new URLSearchParams({ ...raw, format })}`}>
            {t(format === "csv" ? "exportOverviewCsv" : "exportOverviewXlsx")}
          </a>
        ))}
        {(["csv", "xlsx"] as const).map((format) => (
          <a key={`steps-${format}`} className="ds-link" href={`/api/export/steps?${new URLSearchParams({ ...raw, format })}`}>
            {t(format === "csv" ? "exportStepsCsv" : "exportStepsXlsx")}
          </a>
        ))}
      </nav>
      <p role="status">{t("count", { count: result.rows.length, total: result.total })}</p>
      {result.rows.length > 0 ? (
        <OverviewTable rows={shown} newIds={newSinceVisit(shown, await visitsOf(db, actor.id))} />
      ) : (
        <EmptyState title={t("empty")}>{result.total > 0 ? t("emptyFiltered") : t("emptyNone")}</EmptyState>
      )}
      {pages > 1 && (
        <PageNav
          page={page}
          pages={pages}
          query={raw}
          labels={{ nav: t("pagination"), previous: t("previous"), next: t("next"), position: (p) => t("page", { page: p, pages }) }}
        />
      )}
    </section>
  );
}
