import { getTranslations } from "next-intl/server";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";
import { PageNav } from "@/components/page-nav";
import { EmptyState, PageHeader } from "@/components/page-header";
import { Alert } from "@/components/ds";
import { firstValues } from "@/lib/http/search-params";
import { ZAuditFilterSchema } from "@/lib/validation/audit";
import { requireActor } from "@/lib/server/access/actor";
import { assertCan } from "@/lib/server/access/authorize";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { db } from "@/lib/server/db";
import { actorNames } from "@/lib/server/people/actor-names";

export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  await assertCan(actor, "audit.read.all");
  const t = await getTranslations("audit");
  const raw = firstValues(await searchParams);
  const parsed = ZAuditFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : ZAuditFilterSchema.parse({});
  const result = await listAuditEvents({ db, actor, filter });
  const names = await actorNames(db, result.events.flatMap((e) => [e.actor, ...emailsIn(e.before), ...emailsIn(e.after)]));
  return (
    <section aria-labelledby="audit-title" className="space-y-4">
      <PageHeader id="audit-title" title={t("title")} intro={t("intro")} count={result.total} />
      {!parsed.success && <Alert data-color="warning" role="alert" data-size="sm">{t("invalidFilter")}</Alert>}
      <AuditFilterForm filter={filter} actions={result.actions} institutions={result.institutions} />
      <p role="status">{t("count", { count: result.total })}</p>
      {result.events.length > 0 ? (
        <AuditTable events={result.events} names={names} />
      ) : (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      )}
      {result.pages > 1 && <PageNav
        page={filter.page}
        pages={result.pages}
        query={raw}
        labels={{ nav: t("pagination"), previous: t("previous"), next: t("next"), position: (p) => t("page", { page: p, pages: result.pages }) }}
      />}
    </section>
  );
}

/** E-mail addresses an event names (the person added, invited, changed): they are shown by name. */
function emailsIn(v: unknown): string[] {
  const email = v && typeof v === "object" && "email" in v ? (v as { email: unknown }).email : null;
  return typeof email === "string" ? [email] : [];
}
