// What waits for Bits across institutions, oldest first, with a link to each step.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatDateTime, toDateLocale } from "@/lib/format/dates";
import type { TBitsQueueRow } from "@/lib/server/checklist/list-bits-queue";
import { StatusTag, WarningTag } from "./status-tag";
import { DataTable } from "@/components/data-table";

/** Issue 15: the responsible coordinator (flagged when nobody) and the main contact per row. */
export interface TBitsQueueOwnership {
  names: (id: string | null) => string | null;
  labels: { column: string; noCoordinator: string; contact: (name: string) => string };
}

export async function BitsQueueTable({ rows, today, ownership }: { rows: TBitsQueueRow[]; today: string; ownership?: TBitsQueueOwnership }) {
  const t = await getTranslations("checklist");
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  const waited = (since: string) => Math.max(0, Math.round((Date.parse(`${today}T12:00:00Z`) - Date.parse(since)) / 86_400_000));
  return (
    <DataTable
      caption={t("bitsQueue.title")}
      columns={(["institution", "step", "reason", "status", "waiting", "due"] as const).flatMap((c) => [t(`bitsQueue.columns.${c}`), ...(c === "institution" && ownership ? [ownership.labels.column] : [])])}
    >
      {rows.map((r) => (
        <tr key={`${r.institution.id}-${r.key}`} className="border-t border-slate-200 align-top">
          <th scope="row" className="px-3 py-2 font-medium">
            <Link href={`/institutions/${r.institution.id}`} className="ds-link">{r.institution.name}</Link>
          </th>
          {ownership && (
            <td className="space-y-1 px-3 py-2">
              {ownership.names(r.ownership?.coordinatorId ?? null) ?? <WarningTag>{ownership.labels.noCoordinator}</WarningTag>}
              {ownership.names(r.ownership?.contactId ?? null) && <span className="block text-sm">{ownership.labels.contact(ownership.names(r.ownership?.contactId ?? null)!)}</span>}
            </td>
          )}
          <td className="px-3 py-2">
            <Link href={`/institutions/${r.institution.id}/steps/${r.key}`} className="ds-link"><span className="font-mono">{r.key}</span> {r.title[locale]}</Link>
          </td>
          <td className="px-3 py-2">{t(`bitsQueue.reasons.${r.reason}`)}</td>
          <td className="px-3 py-2">
            <StatusTag status={r.status} />
            {r.sent && <span className="task-meta block">{t("bitsQueue.sentBy", { time: formatDateTime(r.sent.at, toDateLocale(locale)), name: r.sent.byName ?? "–" })}</span>}
          </td>
          <td className="px-3 py-2 tabular-nums">{t("overview.daysAgo", { days: waited(r.since) })}</td>
          <td className="whitespace-nowrap px-3 py-2">
            {r.dueDate ? formatDate(r.dueDate, toDateLocale(locale)) : "–"}
            {r.overdue && <div><WarningTag>{t("taskList.overdue")}</WarningTag></div>}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
