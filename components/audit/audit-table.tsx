import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";

export interface AuditRow {
  id: string;
  at: Date;
  actor: string;
  action: string;
  subject: string;
  before: unknown;
  after: unknown;
  institution: { id: string; name: string } | null;
}

export async function AuditTable({ events }: { events: AuditRow[] }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  return (
    <DataTable caption={t("title")} columns={(["at", "actor", "action", "subject", "institution", "change"] as const).map((c) => t(`columns.${c}`))}>
      {events.map((e) => (
        <tr key={e.id} className="border-t border-slate-200 align-top">
          <td className="whitespace-nowrap px-3 py-2 tabular-nums">
            <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, { dateStyle: "short", timeStyle: "medium" })}</time>
          </td>
          <td className="px-3 py-2">{e.actor}</td>
          <td className="px-3 py-2 font-mono">{e.action}</td>
          <td className="px-3 py-2 font-mono text-xs">{e.subject}</td>
          <td className="px-3 py-2">{e.institution?.name ?? "–"}</td>
          <td className="px-3 py-2">
            {(e.before != null || e.after != null) && (
              <details>
                <summary className="cursor-pointer text-brand underline">{t("details")}</summary>
                <dl className="mt-1 space-y-1 font-mono text-xs">
                  {e.before != null && (<><dt className="font-semibold">{t("before")}</dt><dd className="break-all">{JSON.stringify(e.before)}</dd></>)}
                  {e.after != null && (<><dt className="font-semibold">{t("after")}</dt><dd className="break-all">{JSON.stringify(e.after)}</dd></>)}
                </dl>
              </details>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
