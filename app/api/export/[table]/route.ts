import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { toDateLocale } from "@/lib/format/dates";
import { getActor } from "@/lib/server/access/actor";
import { osloToday } from "@/lib/server/checklist/load-states";
import { db } from "@/lib/server/db";
import { insightsTable } from "@/lib/server/export/insights-table";
import { exportLabels } from "@/lib/server/export/labels";
import { overviewTable, stepDetailTable } from "@/lib/server/export/tables";
import { CONTENT_TYPES, toCsv, toXlsx } from "@/lib/server/export/write-table";
import { ZOverviewFilterSchema } from "@/lib/validation/checklist";
import { MAX_BULK_INSTITUTIONS } from "@/lib/validation/overview-tools";
import { zId } from "@/lib/validation/text";

export const dynamic = "force-dynamic";

const ZExportSelectionSchema = z.array(zId()).max(MAX_BULK_INSTITUTIONS);
const ZExportSchema = z.object({ table: z.enum(["overview", "steps", "insights"]), format: z.enum(["csv", "xlsx"]).default("csv") });

/**
 * GET /api/export/overview|steps?format=csv|xlsx (+ the overview's filters, which both apply), and
 * /api/export/insights?format=csv|xlsx (the insights page): coordinators only. Headers and words in
 * the page's language (the locale cookie). `ids` (repeated) limits overview and steps to the
 * institutions selected in the overview.
 */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Not signed in" }, { status: 401 });
  const url = new URL(request.url);
  const parsed = ZExportSchema.safeParse({ table: (await params).table, format: url.searchParams.get("format") ?? undefined });
  if (!parsed.success) return Response.json({ error: "Unknown table or format" }, { status: 404 });
  const today = osloToday();
  const locale = toDateLocale(await getLocale());
  const t = await getTranslations({ locale, namespace: "checklist" });
  const labels = exportLabels(locale, (key, values) => t(key as never, values as never));
  const filters = ZOverviewFilterSchema.catch(ZOverviewFilterSchema.parse({})).parse(Object.fromEntries(url.searchParams));
  // the overview's selection (its bulk bar): only those institutions
  const selection = ZExportSelectionSchema.safeParse(url.searchParams.getAll("ids"));
  if (!selection.success) return Response.json({ error: "Invalid selection" }, { status: 400 });
  const ids = selection.data.length ? selection.data : undefined;
  try {
    const table = parsed.data.table === "overview"
      ? await overviewTable({ db, actor, today, filters, labels, ids })
      : parsed.data.table === "steps"
        ? await stepDetailTable({ db, actor, today, filters, labels, ids })
        : await insightsTable({ db, actor, locale, t: await portfolioWords(locale) });
    const body = parsed.data.format === "csv" ? toCsv(table) : new Uint8Array(await toXlsx(table));
    return new Response(body, {
      headers: {
        "Content-Type": CONTENT_TYPES[parsed.data.format],
        "Content-Disposition": `attachment; filename="ajour-${table.name}-${today}.${parsed.data.format}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return Response.json({ error: "Not found" }, { status: 404 });
    throw error;
  }
}

async function portfolioWords(locale: "nb" | "en"): Promise<(key: string) => string> {
  const t = await getTranslations({ locale, namespace: "portfolio" });
  return (key) => t(key as never);
}
