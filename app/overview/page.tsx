import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OverviewFilterForm } from "@/components/checklist/overview-filter-form";
import { OverviewTable } from "@/components/checklist/overview-table";
import { ClientMessages } from "@/components/intl/client-messages";
import { BulkBar } from "@/components/overview-tools/bulk-bar";
import { BULK_FORM } from "@/components/overview-tools/ids";
import { SavedViewList, SaveViewForm } from "@/components/overview-tools/saved-views";
import { PageNav } from "@/components/page-nav";
import { EmptyState, PageHeader } from "@/components/page-header";
import { Alert } from "@/components/ds";
import { firstValues } from "@/lib/http/search-params";
import { AppError } from "@/lib/errors/app-error";
import { getCatalogue } from "@/lib/onboarding";
import { ariaSort, normalizeViewQuery, OVERVIEW_COLUMN_SORTS, sortHref } from "@/lib/overview-tools";
import { requireActor } from "@/lib/server/access/actor";
import { newSinceVisit, visitsOf } from "@/lib/server/notifications/visits";
import { coordinatorOptions, listOverview, ownershipNames } from "@/lib/server/checklist/list-overview";
import { osloToday } from "@/lib/server/checklist/load-states";
import { db } from "@/lib/server/db";
import { listSavedViews } from "@/lib/server/portfolio/saved-views";
import { OVERVIEW_PAGE_SIZE, ZOverviewFilterSchema } from "@/lib/validation/checklist";
import { bulkOverviewAction, deleteViewAction, renameViewAction, saveViewAction, shareViewAction } from "./actions";

export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;


export default async function OverviewPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  const raw = firstValues(await searchParams);
  const parsed = ZOverviewFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : ZOverviewFilterSchema.parse({});
  const [result, views, visits] = await Promise.all([
    listOverview({ db, actor, today: osloToday(), filters: filter }),
    listSavedViews({ db, actor }),
    visitsOf(db, actor.id),
  ]).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("checklist.overview");
  const tt = await getTranslations("overviewTools");
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  const pages = Math.max(1, Math.ceil(result.rows.length / OVERVIEW_PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const shown = result.rows.slice((page - 1) * OVERVIEW_PAGE_SIZE, page * OVERVIEW_PAGE_SIZE);
  // ownership names: the Bits users came with the list; the main contacts of the rows shown, one query
  const nameOf = await ownershipNames(db, result.people, shown);
  const coordinators = coordinatorOptions(result.people);
  const sortState = parsed.success ? raw : {};
  const headers = OVERVIEW_COLUMN_SORTS.map(([column, key]) => {
    const label = tt(`columns.${column}`);
    return { label, href: key ? sortHref("/overview", sortState, filter, key) : null, ariaSort: ariaSort(filter, key), sortLabel: key ? tt("sortBy", { column: label }) : undefined };
  });
  const currentQuery = normalizeViewQuery(sortState);
  const viewItems = views.map((v) => ({ id: v.id, name: v.name, href: v.query ? `/overview?${v.query}` : "/overview", current: v.query === currentQuery, mine: v.mine, shared: v.shared, ownerName: v.ownerName }));
  const steps = getCatalogue().steps.map((s) => ({ value: s.key, label: `${s.key} ${s.title[locale]}` }));
  return (
    <section aria-labelledby="overview-title" className="space-y-4">
      <PageHeader id="overview-title" title={t("title")} intro={t("intro")} count={result.rows.length} />
      {!parsed.success && <Alert data-color="warning" role="alert" data-size="sm">{t("invalidFilter")}</Alert>}
      <ClientMessages namespaces={["overviewTools"]}>
        <section aria-labelledby="views-title" className="ds-card space-y-3 p-4">
          <h2 id="views-title" className="ds-heading" data-size="xs">{tt("views.title")}</h2>
          <SavedViewList views={viewItems} actions={{ save: saveViewAction, rename: renameViewAction, share: shareViewAction, remove: deleteViewAction }} />
          <SaveViewForm action={saveViewAction} query={currentQuery} />
        </section>
        <OverviewFilterForm filter={filter} coordinators={coordinators} />
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
          <>
            <BulkBar action={bulkOverviewAction} steps={steps} coordinators={coordinators} locale={locale} />
            <OverviewTable
              rows={shown}
              newIds={newSinceVisit(shown, visits)}
              tools={{
                names: nameOf,
                headers,
                selectForm: BULK_FORM,
                labels: {
                  noCoordinator: tt("ownership.noCoordinator"),
                  selectAll: tt("selectAll"),
                  contact: (name) => tt("contactLabel", { name }),
                  selectRow: (name) => tt("selectRow", { name }),
                },
              }}
            />
          </>
        ) : (
          <EmptyState title={t("empty")}>{result.total > 0 ? t("emptyFiltered") : t("emptyNone")}</EmptyState>
        )}
      </ClientMessages>
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
