import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { Person } from "@/components/person";
import { formatDateTime, toDateLocale } from "@/lib/format/dates";
import { personFromActor } from "@/lib/format/person";
import { auditSentence } from "@/lib/onboarding/audit-sentence";
import { AuditDetailsTable, AuditSentenceText, auditValueText } from "./audit-sentence";

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

/** The audit trail as sentences: who (name, e-mail below), when (Oslo time), what, where. */
export async function AuditTable({ events, names }: { events: AuditRow[]; names: ReadonlyMap<string, string> }) {
  const t = await getTranslations("audit");
  const locale = toDateLocale(await getLocale());
  const text = await auditValueText(names);
  return (
    <DataTable caption={t("title")} columns={(["at", "actor", "event", "institution"] as const).map((c) => t(`columns.${c}`))}>
      {events.map((e) => {
        const sentence = auditSentence(e);
        return (
          <tr key={e.id} className="border-t border-slate-200 align-top">
            <td className="min-w-28 px-3 py-2 tabular-nums">
              <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, locale)}</time>
            </td>
            <td className="px-3 py-2"><Person person={personFromActor(e.actor, names)} systemLabel={t("system")} withEmail /></td>
            <td className="min-w-60 px-3 py-2">
              <AuditSentenceText sentence={sentence} text={text} />
              {sentence.override && <span className="block text-sm font-semibold">{t("override")}</span>}
              {sentence.note && <span className="mt-1 block whitespace-pre-line break-words border-l-4 border-slate-300 pl-2 text-sm text-slate-800">{sentence.note}</span>}
              {sentence.details.length > 0 && (
                <details className="mt-1">
                  <summary className="ds-link cursor-pointer text-sm">{t("details")}</summary>
                  <AuditDetailsTable details={sentence.details} text={text} />
                </details>
              )}
            </td>
            <td className="px-3 py-2">{e.institution?.name ?? "–"}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
