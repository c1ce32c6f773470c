import { getTranslations } from "next-intl/server";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";
import { ZAuditFilterSchema } from "@/lib/validation/audit";
import { requireActor } from "@/lib/server/access/actor";
import { assertCan } from "@/lib/server/access/authorize";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  await assertCan(actor, "audit.read.all");
  const t = await getTranslations("audit");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = ZAuditFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : ZAuditFilterSchema.parse({});
  const result = await listAuditEvents({ db, actor, filter });
  const link = (page: number) => `?${new URLSearchParams({ ...(raw as Record<string, string>), page: String(page) })}`;
  return (
    <section aria-labelledby="audit-title" className="space-y-4">
      <h1 id="audit-title" className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {!parsed.success && <p role="alert" className="text-red-800">{t("invalidFilter")}</p>}
      <AuditFilterForm filter={filter} actions={result.actions} institutions={result.institutions} />
      <p role="status">{t("count", { count: result.total })}</p>
      <AuditTable events={result.events} />
      <nav aria-label={t("pagination")} className="flex items-center gap-4">
        {filter.page > 1 && <a href={link(filter.page - 1)} className="text-brand underline">{t("previous")}</a>}
        <span>{t("page", { page: filter.page, pages: result.pages })}</span>
        {filter.page < result.pages && <a href={link(filter.page + 1)} className="text-brand underline">{t("next")}</a>}
      </nav>
    </section>
  );
}
