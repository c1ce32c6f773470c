// The coordinators' overview table. The server turns each institution's overview row into plain
// display strings (translated and formatted here, once per row, day and language) and a client
// component lays them out: the RSC payload then carries 25 small records instead of 25 element
// trees, which made the rows most of the page's render time. Plain links, not <Link>: a client
// link per cell made the browser prefetch every institution page in view.
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format/dates";
import { PHASES } from "@/lib/onboarding";
import type { TOverviewRow } from "@/lib/server/checklist/overview-row";
import { OverviewTableView, type TOverviewHeader, type TOverviewRowView } from "./overview-table-view";
import { certificateWarningText } from "./certificate-warning";
import { waitingText } from "./who-labels";

type Translator = Awaited<ReturnType<typeof getTranslations<"checklist">>>;

/** A blocked step's reason in a table cell: its first 80 characters. */
const shorten = (s: string) => (s.length > 80 ? `${s.slice(0, 79).trimEnd()}…` : s);

function rowView(r: TOverviewRow, t: Translator, locale: "nb" | "en"): TOverviewRowView {
  const percent = r.progress.overall.percent;
  const cert = r.certificateWarning;
  return {
    id: r.institution.id,
    name: r.institution.name,
    orgnr: r.institution.orgnr,
    thirdParty: r.hasSupplier ? t("overview.thirdParty") : null,
    phase: t(`overview.phases.${r.phase}`),
    percent,
    phasePercents: PHASES.map((p) => r.progress.phases[p].percent),
    progressLabel: t("overview.overall", { name: r.institution.name }),
    next: r.next
      ? {
          key: r.next.key,
          title: r.next.title[locale],
          status: r.next.status,
          statusLabel: t(`status.${r.next.status}`),
          waitingOn: r.waitingOn
            ? waitingText(t, r.waitingOn, "COORDINATOR", r.institution.supplierName)
            : null,
        }
      : null,
    activity: t("overview.daysAgo", { days: r.daysSinceActivity }),
    stale: r.stale ? t("overview.stale") : null,
    warnings: [
      ...(r.overdueCount > 0 ? [t("overview.overdue", { count: r.overdueCount })] : []),
      ...r.blocked.map((b) => (b.reason ? t("overview.blocked", { key: b.key, reason: shorten(b.reason) }) : t("overview.blockedNoReason", { key: b.key }))),
      ...(cert ? [certificateWarningText(t, cert)] : []),
    ],
    bitsQueue: r.bitsQueueCount > 0 ? t("overview.bitsQueue", { count: r.bitsQueueCount }) : null,
    target: r.institution.targetProductionDate ? formatDate(r.institution.targetProductionDate, locale) : "–",
  };
}

// A row object is replaced whenever its institution changes or the day turns (summary-cache.ts),
// and the messages are fixed for the process: a view per row object and language stays right.
const views = new WeakMap<TOverviewRow, Partial<Record<"nb" | "en", TOverviewRowView>>>();

/** Issue 15's additions: ownership names, sortable headers and the bulk form's row checkboxes. */
export interface TOverviewTableTools {
  names: (id: string | null) => string | null;
  headers: TOverviewHeader[];
  labels: { noCoordinator: string; selectAll: string; contact: (name: string) => string; selectRow: (name: string) => string };
  selectForm: string;
}

/** `newIds`: institutions changed since the viewer's last visit (marked "new"). */
export async function OverviewTable({ rows, newIds, tools }: { rows: TOverviewRow[]; newIds?: ReadonlySet<string>; tools?: TOverviewTableTools }) {
  const t = await getTranslations("checklist");
  const tn = await getTranslations("notifications");
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  const shown = rows.map((r) => {
    let byLocale = views.get(r);
    if (!byLocale) views.set(r, (byLocale = {}));
    const view = (byLocale[locale] ??= rowView(r, t, locale));
    // the cached view is shared by every viewer: the per-viewer parts go on a copy
    const marked = newIds?.has(r.institution.id) ? { ...view, isNew: true } : view;
    if (!tools) return marked;
    // names are read per request (a person may be renamed without the row changing)
    const contact = tools.names(r.ownership.contactId);
    return { ...marked, coordinator: tools.names(r.ownership.coordinatorId), contact: contact ? tools.labels.contact(contact) : null, selectLabel: tools.labels.selectRow(r.institution.name) };
  });
  const columns = (["institution", "phase", "progress", "next", "activity", "warnings", "target"] as const).map((c) => t(`overview.columns.${c}`));
  const labels = {
    caption: t("overview.title"), columns, phases: t("overview.phasesLabel"), overall: t("overview.overallShort"), allDone: t("overview.allDone"),
    newMark: tn("newMark"), newSinceVisit: tn("newSinceVisit"),
    noCoordinator: tools?.labels.noCoordinator, selectAll: tools?.labels.selectAll,
  };
  return <OverviewTableView labels={labels} rows={shown} headers={tools?.headers} selectForm={tools?.selectForm} />;
}
