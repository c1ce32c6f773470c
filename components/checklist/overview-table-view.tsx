"use client";
// Lays out the overview rows the server prepared (overview-table.tsx): every text arrives
// translated, so this needs no messages in the browser.
import type { TDisplayState } from "@/lib/onboarding";
import { phasePercentsText, PhaseTrack } from "./phase-progress-strip";
import { ProgressTrack } from "./progress-bar";
import { StatusTagView, WarningTag } from "./status-tag-view";
import { DataTable } from "@/components/data-table";

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
}

interface Props {
  /** Translated once per table: caption, column headers, "progress per phase", "overall", "all done". */
  labels: { caption: string; columns: string[]; phases: string; overall: string; allDone: string; newMark?: string; newSinceVisit?: string };
  rows: TOverviewRowView[];
}

export function OverviewTableView({ labels, rows }: Props) {
  return (
    <DataTable caption={labels.caption} columns={labels.columns}>
      {rows.map((r) => (
        <tr key={r.id} className="border-t border-slate-200">
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
