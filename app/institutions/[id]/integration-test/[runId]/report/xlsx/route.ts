// GET …/integration-test/{runId}/report/xlsx: the test report as XLSX, in the reader's language.
// The institution's staff and coordinators (institution.read, in the use-case).
import { getLocale, getTranslations } from "next-intl/server";
import { toDateLocale } from "@/lib/format/dates";
import { db } from "@/lib/server/db";
import { CONTENT_TYPES } from "@/lib/server/export/write-table";
import { getIntegrationTestReport } from "@/lib/server/integration-test/report";
import { reportXlsx } from "@/lib/server/integration-test/report-xlsx";
import { runRoute } from "../../run-route";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string; runId: string }> }) {
  return runRoute(params, async ({ actor, institutionId, runId }) => {
    const report = await getIntegrationTestReport({ db, actor, institutionId, runId });
    const locale = toDateLocale(await getLocale());
    const t = await getTranslations({ locale, namespace: "integrationTest" });
    const body = await reportXlsx(report, locale, {
      sheet: t("report.sheet"),
      title: t("report.title"),
      institution: t("report.institution"),
      ranBy: t("report.ranBy"),
      madeBy: t("report.madeBy"),
      started: t("runs.columns.started"),
      reported: t("report.reportedAt"),
      result: t("report.result"),
      resultText: report.allRequiredPassed ? t("report.allPassed") : t("report.notAllPassed"),
      columns: {
        case: t("cases.columns.case"),
        required: t("cases.required"),
        expected: t("cases.columns.expected"),
        status: t("cases.columns.status"),
        korrelasjonsid: t("cases.columns.korrelasjonsid"),
        at: t("cases.columns.at"),
        months: t("cases.months", { months: "" }).replace(/[:\s]+$/, ""),
      },
      yes: t("report.yes"),
      no: t("report.no"),
      passed: t("cases.passed"),
      notPassed: t("cases.notPassed"),
    });
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": CONTENT_TYPES.xlsx,
        "Content-Disposition": `attachment; filename="ajour-testrapport-${report.institution.orgnr}-${report.reportedAt.slice(0, 10)}.xlsx"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
