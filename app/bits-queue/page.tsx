import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/page-header";
import { ChangeRequestQueue } from "@/components/institutions/change-request-queue";
import { BitsQueueTable } from "@/components/checklist/bits-queue-table";
import { FilterForm, FilterSelect } from "@/components/filters";
import { FilterAutoApply } from "@/components/overview-tools/filter-auto-apply";
import { AppError } from "@/lib/errors/app-error";
import { firstValues } from "@/lib/http/search-params";
import { requireActor } from "@/lib/server/access/actor";
import { coordinatorOptions, ownershipNames, ownershipPeople } from "@/lib/server/checklist/list-overview";
import { listBitsQueue } from "@/lib/server/checklist/list-bits-queue";
import { osloToday } from "@/lib/server/checklist/load-states";
import { db } from "@/lib/server/db";
import { zId } from "@/lib/validation/text";
import { decideChangeRequestAction } from "./actions";

export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;


export default async function BitsQueuePage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  const today = osloToday();
  // "mine", "none" or a coordinator's id; anything else shows everything
  const ownerParam = zId().safeParse(firstValues(await searchParams).owner ?? "");
  const owner = ownerParam.success ? ownerParam.data : undefined;
  const [rows, people] = await Promise.all([listBitsQueue({ db, actor, today, owner }), ownershipPeople(db)]).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const nameOf = await ownershipNames(db, people, rows);
  const t = await getTranslations("checklist.bitsQueue");
  const tt = await getTranslations("overviewTools");
  const tf = await getTranslations("checklist.overview");
  const coordinators = coordinatorOptions(people);
  return (
    <section aria-labelledby="queue-title" className="space-y-4">
      <PageHeader id="queue-title" title={t("title")} intro={t("intro")} count={rows.length} />
      <FilterForm label={tf("filters")} apply={tf("apply")} reset={{ href: "/bits-queue", label: tf("reset") }}>
        <FilterAutoApply />
        <FilterSelect
          id="q-owner"
          name="owner"
          label={tt("owner")}
          defaultValue={owner}
          options={[{ value: "", label: tt("owners.any") }, { value: "mine", label: tt("owners.mine") }, { value: "none", label: tt("owners.none") }, ...coordinators]}
        />
      </FilterForm>
      <p role="status">{t("count", { count: rows.length })}</p>
      {rows.length > 0 ? (
        <BitsQueueTable
          rows={rows}
          today={today}
          ownership={{ names: nameOf, labels: { column: tt("columns.coordinator"), noCoordinator: tt("ownership.noCoordinator"), contact: (name) => tt("contactLabel", { name }) } }}
        />
      ) : <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>}
      <ChangeRequestQueue actor={actor} decide={decideChangeRequestAction} />
    </section>
  );
}
