// A test report as a table (the printable page, and Bits' review of C-4): who ran it, who made
// the report, and each case with its outcome, time and korrelasjonsid.
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { formatDateTime, type TDateLocale } from "@/lib/format/dates";
import { reportRows, type TRunReport } from "@/lib/integration-test";

export async function ReportView({ report, locale, names }: { report: TRunReport; locale: TDateLocale; names: Map<string, string> }) {
  const t = await getTranslations("integrationTest");
  const who = (email: string) => (names.get(email) ? `${names.get(email)} (${email})` : email);
  return (
    <div className="space-y-3" data-testid="report-view">
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t("report.institution")}</dt>
        <dd>{report.institution.name} ({report.institution.orgnr})</dd>
        <dt className="font-medium">{t("report.period")}</dt>
        <dd>{t("report.periodValue", { from: formatDateTime(report.startedAt, locale), to: formatDateTime(report.reportedAt, locale) })}</dd>
        <dt className="font-medium">{t("report.ranBy")}</dt>
        <dd className="break-words">{who(report.startedBy)}</dd>
        <dt className="font-medium">{t("report.madeBy")}</dt>
        <dd className="break-words">{who(report.reportedBy)}</dd>
        <dt className="font-medium">{t("report.result")}</dt>
        <dd data-testid="report-result">{report.allRequiredPassed ? t("report.allPassed") : t("report.notAllPassed")}</dd>
      </dl>
      <DataTable caption={t("cases.caption")} columns={(["case", "expected", "status", "korrelasjonsid", "at"] as const).map((c) => t(`cases.columns.${c}`))}>
        {reportRows(report, locale).map((r) => (
          <tr key={r.key} data-testid={`report-case-${r.key}`}>
            <th scope="row" className="font-normal">{r.title} <span className="text-sm">({r.required ? t("cases.required") : t("cases.optional")})</span></th>
            <td>{r.expected}</td>
            <td>
              {r.passed ? t("cases.passed") : t("cases.notPassed")}
              {r.maaneder.length > 0 && <p className="text-sm break-words">{t("cases.months", { months: r.maaneder.join(", ") })}</p>}
            </td>
            <td className="font-mono text-xs break-all">{r.korrelasjonsid}</td>
            <td>{r.at ? formatDateTime(r.at, locale) : ""}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
