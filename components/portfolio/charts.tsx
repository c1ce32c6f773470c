// Server-drawn SVG charts of the portfolio pages (d3-scale for the axes, d3-shape for lines):
// drawn on the server at a fixed viewBox, so nothing shifts after load, and scaled to the width
// of the page (390 px included). Every chart is an image with a title; its numbers are in a table
// next to it (the text alternative, WCAG 1.1.1), and series differ by pattern and label, not by
// colour alone.
import { scaleBand, scaleLinear, scaleTime } from "d3-scale";
import { line } from "d3-shape";
import type { ReactNode } from "react";
import type { TPhaseBar } from "@/lib/portfolio";

const W = 600;
const INK = "#1e2b3c";
const SOLID = "#0062ba";
const SOFT = "#68707c";

/** Hatch patterns the charts refer to: once per page (ids must be unique in the document). */
export function ChartPatterns() {
  return (
    <svg aria-hidden="true" focusable="false" width="0" height="0" className="absolute">
      <defs>
        <pattern id="pf-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={SOLID} strokeWidth="3" />
        </pattern>
        <pattern id="pf-dots" width="5" height="5" patternUnits="userSpaceOnUse">
          <rect width="5" height="5" fill="#ffffff" />
          <circle cx="2.5" cy="2.5" r="1.4" fill={INK} />
        </pattern>
      </defs>
    </svg>
  );
}

function Figure({ title, children, height, id }: { title: string; children: ReactNode; height: number; id: string }) {
  return (
    <svg role="img" aria-labelledby={id} viewBox={`0 0 ${W} ${height}`} width="100%" className="block h-auto max-w-full" preserveAspectRatio="xMinYMin meet">
      <title id={id}>{title}</title>
      {children}
    </svg>
  );
}

/** Horizontal bars, each with its label and its value written out. */
export function BarChart({ id, title, items }: { id: string; title: string; items: { label: string; value: number; text?: string }[] }) {
  const rowH = 26;
  const labelW = 170;
  const height = items.length * rowH + 8;
  const max = Math.max(1, ...items.map((i) => i.value));
  const x = scaleLinear().domain([0, max]).range([0, W - labelW - 70]);
  return (
    <Figure id={id} title={title} height={height}>
      {items.map((item, k) => (
        <g key={item.label} transform={`translate(0, ${k * rowH + 4})`}>
          <text x={labelW - 8} y={rowH / 2 + 1} textAnchor="end" dominantBaseline="middle" fontSize="13" fill={INK}>{item.label}</text>
          <rect x={labelW} y={3} width={Math.max(item.value > 0 ? 2 : 0, x(item.value))} height={rowH - 8} fill={k % 2 === 0 ? SOLID : "url(#pf-hatch)"} stroke={SOLID} />
          <text x={labelW + x(item.value) + 6} y={rowH / 2 + 1} dominantBaseline="middle" fontSize="13" fill={INK}>{item.text ?? item.value}</text>
        </g>
      ))}
    </Figure>
  );
}

/**
 * Per month: bars (solid) for one series and a dashed line with round markers for the other;
 * the legend under the chart names both by their look.
 */
export function TrendChart({ id, title, months, bars, lineValues, monthLabel, legend }: {
  id: string;
  title: string;
  months: string[];
  bars: number[];
  lineValues: number[];
  monthLabel: (month: string) => string;
  legend: { bars: string; line: string };
}) {
  const height = 220;
  const m = { top: 12, right: 12, bottom: 34, left: 34 };
  const x = scaleBand<string>().domain(months).range([m.left, W - m.right]).padding(0.25);
  const max = Math.max(1, ...bars, ...lineValues);
  const y = scaleLinear().domain([0, max]).nice().range([height - m.bottom, m.top]);
  const path = line<number>().x((_, k) => x(months[k])! + x.bandwidth() / 2).y((v) => y(v))(lineValues) ?? "";
  return (
    <div>
      <Figure id={id} title={title} height={height}>
        {y.ticks(4).map((t) => (
          <g key={t}>
            <line x1={m.left} x2={W - m.right} y1={y(t)} y2={y(t)} stroke="#d5d9de" />
            <text x={m.left - 6} y={y(t)} textAnchor="end" dominantBaseline="middle" fontSize="11" fill={SOFT}>{t}</text>
          </g>
        ))}
        {months.map((month, k) => (
          <g key={month}>
            <rect x={x(month)} y={y(bars[k])} width={x.bandwidth()} height={y(0) - y(bars[k])} fill={SOLID} />
            {k % 3 === 0 && (
              <text x={x(month)! + x.bandwidth() / 2} y={height - m.bottom + 16} textAnchor="middle" fontSize="11" fill={SOFT}>{monthLabel(month)}</text>
            )}
          </g>
        ))}
        <path d={path} fill="none" stroke={INK} strokeWidth="2" strokeDasharray="6 4" />
        {lineValues.map((v, k) => <circle key={months[k]} cx={x(months[k])! + x.bandwidth() / 2} cy={y(v)} r="3" fill="#ffffff" stroke={INK} strokeWidth="1.5" />)}
      </Figure>
      <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-hidden="true">
        <li className="flex items-center gap-2"><svg width="16" height="12"><rect width="16" height="12" fill={SOLID} /></svg>{legend.bars}</li>
        <li className="flex items-center gap-2"><svg width="24" height="12"><line x1="0" x2="24" y1="6" y2="6" stroke={INK} strokeWidth="2" strokeDasharray="6 4" /><circle cx="12" cy="6" r="3" fill="#fff" stroke={INK} /></svg>{legend.line}</li>
      </ul>
    </div>
  );
}

export interface TAxis { from: string; to: string }

const dayDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A shared time axis with a tick per year (or quarter on short axes). */
export function TimeAxis({ axis }: { axis: TAxis }) {
  const x = scaleTime().domain([dayDate(axis.from), dayDate(axis.to)]).range([8, W - 8]);
  return (
    <svg aria-hidden="true" focusable="false" viewBox={`0 0 ${W} 18`} width="100%" className="block h-auto max-w-full">
      {x.ticks(6).map((t) => (
        <text key={t.toISOString()} x={x(t)} y={13} textAnchor="middle" fontSize="11" fill={SOFT}>
          {t.getUTCMonth() === 0 ? t.getUTCFullYear() : `${String(t.getUTCMonth() + 1).padStart(2, "0")}.${String(t.getUTCFullYear()).slice(2)}`}
        </text>
      ))}
    </svg>
  );
}

function segments(bars: TPhaseBar[], createdOn: string, today: string) {
  let cursor = createdOn;
  return bars.map((b) => {
    const start = b.actualStart ?? cursor;
    const end = b.actualEnd ?? b.forecastEnd ?? b.plannedEnd ?? (b.actualStart ? today : null);
    if (end) cursor = end > cursor ? end : cursor;
    return { phase: b.phase, start, end, actual: b.actualEnd !== null };
  });
}

/**
 * One institution's phases on the shared axis: finished phases solid with their letter, the
 * rest hatched (forecast); the target day a dashed line marked "T", today a thin line.
 */
export function TimelineRow({ id, title, axis, bars, createdOn, today, target }: {
  id: string;
  title: string;
  axis: TAxis;
  bars: TPhaseBar[];
  createdOn: string;
  today: string;
  target: string | null;
}) {
  const height = 26;
  const x = scaleTime().domain([dayDate(axis.from), dayDate(axis.to)]).range([8, W - 8]).clamp(true);
  return (
    <Figure id={id} title={title} height={height}>
      {segments(bars, createdOn, today).map((s) =>
        s.end === null ? null : (
          <g key={s.phase}>
            <rect x={x(dayDate(s.start))} y={5} width={Math.max(1, x(dayDate(s.end)) - x(dayDate(s.start)))} height={16}
              fill={s.actual ? SOLID : "url(#pf-hatch)"} stroke={SOLID} strokeWidth="1" />
            {x(dayDate(s.end)) - x(dayDate(s.start)) > 14 && (
              <text x={(x(dayDate(s.start)) + x(dayDate(s.end))) / 2} y={13.5} textAnchor="middle" dominantBaseline="middle" fontSize="11" fontWeight="bold"
                fill={s.actual ? "#ffffff" : INK} stroke={s.actual ? "none" : "#ffffff"} strokeWidth={s.actual ? 0 : 3} paintOrder="stroke">{s.phase}</text>
            )}
          </g>
        ),
      )}
      <line x1={x(dayDate(today))} x2={x(dayDate(today))} y1={0} y2={height} stroke={SOFT} strokeWidth="1" />
      {target && (
        <g>
          <line x1={x(dayDate(target))} x2={x(dayDate(target))} y1={0} y2={height} stroke="#c30000" strokeWidth="2" strokeDasharray="3 2" />
          <text x={x(dayDate(target)) + 3} y={9} fontSize="10" fontWeight="bold" fill="#c30000">T</text>
        </g>
      )}
    </Figure>
  );
}

/**
 * One institution's phases as four rows on a time axis: each phase from its first step started
 * to its last step closed (solid), or to its forecast end (hatched); the target a dashed line,
 * today a thin line, each labelled in words.
 */
export function PhaseTimelineChart({ id, title, bars, createdOn, today, target, labels }: {
  id: string;
  title: string;
  bars: TPhaseBar[];
  createdOn: string;
  today: string;
  target: string | null;
  labels: { phase: (p: string) => string; target: string; today: string };
}) {
  const segs = segments(bars, createdOn, today);
  const days = [createdOn, today, ...(target ? [target] : []), ...segs.flatMap((s) => [s.start, s.end ?? s.start])].sort();
  const rowH = 30;
  const m = { top: 22, left: 90, right: 16, bottom: 24 };
  const height = m.top + bars.length * rowH + m.bottom;
  const x = scaleTime().domain([dayDate(days[0]), dayDate(days.at(-1)!)]).range([m.left, W - m.right]).nice();
  return (
    <Figure id={id} title={title} height={height}>
      {x.ticks(5).map((tick) => (
        <text key={tick.toISOString()} x={x(tick)} y={height - 6} textAnchor="middle" fontSize="11" fill={SOFT}>
          {`${String(tick.getUTCMonth() + 1).padStart(2, "0")}.${tick.getUTCFullYear()}`}
        </text>
      ))}
      {segs.map((s, k) => (
        <g key={s.phase} transform={`translate(0, ${m.top + k * rowH})`}>
          <text x={m.left - 8} y={rowH / 2} textAnchor="end" dominantBaseline="middle" fontSize="12" fill={INK}>{labels.phase(s.phase)}</text>
          {s.end !== null && (
            <rect x={x(dayDate(s.start))} y={5} width={Math.max(2, x(dayDate(s.end)) - x(dayDate(s.start)))} height={rowH - 10} fill={s.actual ? SOLID : "url(#pf-hatch)"} stroke={SOLID} />
          )}
        </g>
      ))}
      <line x1={x(dayDate(today))} x2={x(dayDate(today))} y1={m.top - 4} y2={height - m.bottom} stroke={SOFT} />
      <text x={x(dayDate(today))} y={m.top - 8} textAnchor="middle" fontSize="11" fill={SOFT}>{labels.today}</text>
      {target && (
        <g>
          <line x1={x(dayDate(target))} x2={x(dayDate(target))} y1={m.top - 4} y2={height - m.bottom} stroke="#c30000" strokeWidth="2" strokeDasharray="4 3" />
          <text x={x(dayDate(target))} y={10} textAnchor="middle" fontSize="11" fontWeight="bold" fill="#c30000">{labels.target}</text>
        </g>
      )}
    </Figure>
  );
}
