import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/page-header";
import { ChangeRequestQueue } from "@/components/institutions/change-request-queue";
import { BitsQueueTable } from "@/components/checklist/bits-queue-table";
import { AppError } from "@/lib/errors/app-error";
import { requireActor } from "@/lib/server/access/actor";
import { listBitsQueue } from "@/lib/server/checklist/list-bits-queue";
import { osloToday } from "@/lib/server/checklist/load-states";
import { db } from "@/lib/server/db";
import { decideChangeRequestAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function BitsQueuePage() {
  const actor = await requireActor();
  const today = osloToday();
  const rows = await listBitsQueue({ db, actor, today }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("checklist.bitsQueue");
  return (
    <section aria-labelledby="queue-title" className="space-y-4">
      <PageHeader id="queue-title" title={t("title")} intro={t("intro")} count={rows.length} />
      <p role="status">{t("count", { count: rows.length })}</p>
      {rows.length > 0 ? <BitsQueueTable rows={rows} today={today} /> : <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>}
      <ChangeRequestQueue actor={actor} decide={decideChangeRequestAction} />
    </section>
  );
}
