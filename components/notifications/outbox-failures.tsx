// The administrators' view of e-mail that did not get through (issue 14): messages the dispatcher
// gave up on after its retries, and how many still wait. Server component.
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { formatDateTime, toDateLocale } from "@/lib/format/dates";
import type { outboxStatus } from "@/lib/server/notifications/admin";

export async function OutboxFailures({ status }: { status: Awaited<ReturnType<typeof outboxStatus>> }) {
  const t = await getTranslations("notifications.admin");
  const locale = toDateLocale(await getLocale());
  return (
    <section aria-labelledby="outbox-failures-title" className="space-y-4" data-testid="outbox-failures">
      <h2 id="outbox-failures-title" className="ds-heading" data-size="md">{t("title")}</h2>
      <p>{t("intro")}</p>
      {status.pending > 0 && <p>{t("pending", { count: status.pending })}</p>}
      {status.failed.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <DataTable caption={t("title")} columns={[t("to"), t("subject"), t("attempts"), t("error"), t("createdAt")]}>
          {status.failed.map((f) => (
            <tr key={f.id}>
              <td className="break-all">{f.toEmail}</td>
              <td>{f.subject}</td>
              <td>{f.attempts}</td>
              <td className="break-words">{f.lastError}</td>
              <td>{formatDateTime(f.createdAt, locale)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
