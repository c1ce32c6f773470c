"use client";
// Lays out the overview rows the server prepared (overview-table.tsx): every text arrives
// translated, so this needs no messages in the browser. Column headers are sort links (plain
// links with aria-sort: they work without JavaScript); with `selectable`, each row has a
// checkbox of the bulk action form (components/overview-tools/bulk-bar.tsx, by its form id).
import type { TDisplayState } from "@/lib/onboarding";
import { phasePercentsText, PhaseTrack } from "./phase-progress-strip";
import { ProgressTrack } from "./progress-bar";
import { StatusTagView, WarningTag } from "./status-tag-view";
import { DataTable } from "@/components/data-table";
import { TableHeaderCell } from "@/components/ds";
import { useHydrated } from "@/components/hydration-mark";

export interface TOverviewRowView {
  /** changed since the viewer's last visit of the institution (issue 14) */
  isNew?: boolean;
  id: string;
  name: string;
  orgnr: string;
  thirdParty: string | null;
  phase: string;
  percent: number;
  /** Percent done of phases A–D, in order. */
  phasePercents: number[];
  progressLabel: string;
  next: { key: string; title: string; status: TDisplayState; statusLabel: string; waitingOn: string | null } | null;
  activity: string;
  stale: string | null;
  warnings: string[];
  bitsQueue: string | null;
  target: string;
  /** Ownership (issue 15): the responsible coordinator's name (null: nobody, flagged) and the main contact. */
  coordinator?: string | null;
  contact?: string | null;
  selectLabel?: string;
}

export interface TOverviewHeader {
  label: string;
  /** The sort link (null: the column does not sort). */
  href: string | null;
  ariaSort?: "ascending" | "descending";
  /** The link's tooltip ("Sorter etter Fase"); its name stays the column's, which aria-sort completes. */
  sortLabel?: string;
}

interface Props {
  /** Translated once per table: caption, column headers, "progress per phase", "overall", "all done". */
  labels: { caption: string; columns: string[]; phases: string; overall: string; allDone: string; newMark?: string; newSinceVisit?: string; noCoordinator?: string; selectAll?: string; select?: string };
  rows: TOverviewRowView[];
  /** Sortable headers in column order (institution, coordinator, phase, …); absent: plain `labels.columns`. */
  headers?: TOverviewHeader[];
  /** The id of the bulk action form the row checkboxes belong to. */
  selectForm?: string;
}

const SORT_MARK = { ascending: " ▲", descending: " ▼" } as const;

function SelectAll({ form, label }: { form: string; label: string }) {
  const hydrated = useHydrated();
  // selecting every row needs JavaScript; without it each row is checked by hand
  if (!hydrated) return <span className="sr-only">{label}</span>;
  return (
    <input
      type="checkbox"
      className="ds-input"
      aria-label={label}
      data-select-all={form}
      onChange={(e) => {
        for (const box of document.querySelectorAll<HTMLInputElement>(`input[form="${form}"][name="ids"]`)) box.checked = e.currentTarget.checked;
        document.dispatchEvent(new Event("overview-selection"));
      }}
    />
  );
}

export function OverviewTableView({ labels, rows, headers, selectForm }: Props) {
  const withOwner = headers !== undefined;
  const head = headers ? (
    <>
      {selectForm && <TableHeaderCell scope="col"><SelectAll form={selectForm} label={labels.selectAll ?? ""} /></TableHeaderCell>}
      {headers.map((h) => (
        <TableHeaderCell key={h.label} scope="col" aria-sort={h.ariaSort}>
          {h.href ? (
            <a href={h.href} className="ds-link whitespace-nowrap" title={h.sortLabel}>
              {h.label}
              {h.ariaSort && <span aria-hidden="true">{SORT_MARK[h.ariaSort]}</span>}
            </a>
          ) : h.label}
        </TableHeaderCell>
      ))}
    </>
  ) : undefined;
  return (
    <DataTable caption={labels.caption} columns={labels.columns} head={head}>
      {rows.map((r) => (
        <tr key={r.id} className="border-t border-slate-200">
          {selectForm && (
            <td>
              <input
                type="checkbox"
                className="ds-input"
                form={selectForm}
                name="ids"
                value={r.id}
                aria-label={r.selectLabel}
                onChange={() => document.dispatchEvent(new Event("overview-selection"))}
              />
            </td>
          )}
          <th scope="row" className="font-medium">
            <a href={`/institutions/${r.id}`} className="ds-link">{r.name}</a>
            {r.isNew && (
              <span className="ml-2 rounded px-1 text-xs font-semibold" data-testid="new-since-visit" title={labels.newSinceVisit} style={{ background: "var(--ds-color-accent-surface-tinted)", color: "var(--ds-color-accent-text-default)" }}>
                {labels.newMark}<span className="sr-only"> ({labels.newSinceVisit})</span>
              </span>
            )}
            <span className="ov-sub">{r.orgnr}</span>
            {r.thirdParty && <span className="ov-note">{r.thirdParty}</span>}
          </th>
          {withOwner && (
            <td className="space-y-1">
              {r.coordinator ? <span className="block">{r.coordinator}</span> : <WarningTag>{labels.noCoordinator}</WarningTag>}
              {r.contact && <span className="ov-sub">{r.contact}</span>}
            </td>
          )}
          <td>{r.phase}</td>
          <td className="min-w-48">
            <ProgressTrack percent={r.percent} label={r.progressLabel} valueText={`${r.percent} % (${labels.overall})`} />
            <PhaseTrack percents={r.phasePercents} />
            <p className="ov-meta">
              {`${r.percent} % ${labels.overall} · `}
              <span className="sr-only">{`${labels.phases}: `}</span>
              {phasePercentsText(r.phasePercents)}
            </p>
          </td>
          <td className="space-y-1">
            {r.next ? (
              <>
                <a href={`/institutions/${r.id}/steps/${r.next.key}`} className="ds-link block"><span className="font-mono">{r.next.key}</span>{` ${r.next.title}`}</a>
                <StatusTagView status={r.next.status} label={r.next.statusLabel} />
                {r.next.waitingOn && <span className="block">{r.next.waitingOn}</span>}
              </>
            ) : labels.allDone}
          </td>
          <td className="space-y-1 tabular-nums">
            <span className="block">{r.activity}</span>
            {r.stale && <WarningTag>{r.stale}</WarningTag>}
          </td>
          <td className="space-y-1">
            {r.warnings.map((w) => <WarningTag key={w}>{w}</WarningTag>)}
            {r.bitsQueue && <span className="block">{r.bitsQueue}</span>}
          </td>
          <td className="whitespace-nowrap">{r.target}</td>
        </tr>
      ))}
    </DataTable>
  );
}
