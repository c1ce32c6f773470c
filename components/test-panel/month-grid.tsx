"use client";

import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { useTranslations } from "next-intl";
import { moveFocus, type AgreementCell, type GridModel, type GridRow, type SetCell } from "@/lib/test-panel/grid-model";

interface Props {
  model: GridModel;
  /** Turns employer months on or off. */
  onToggle: (months: string[], on: boolean) => void;
  /** True while a mouse drag paints months (the parent keeps the grid's range still meanwhile). */
  onDragChange: (dragging: boolean) => void;
  /** The explanation panel follows this month (hover or focus). */
  onExplain: (month: string | null, via: "hover" | "focus") => void;
}

const AGREEMENT_MARK: Record<AgreementCell, string> = { none: "", start: "▸", inside: "─", end: "◂", single: "◆", open: "→" };
const BASE = "h-8 w-7 min-w-7 border border-slate-200 p-0 text-center align-middle text-xs";
const YEAR_EDGE = "border-l-2 border-l-slate-500";

function setCellClass(kind: "af" | "vp", c: SetCell): string {
  if (c === "missing") return "bg-red-100 font-bold text-red-900 ring-2 ring-inset ring-red-700";
  if (c === "out") return "bg-white";
  return kind === "af" ? "bg-emerald-800 font-semibold text-white" : "bg-emerald-200 text-emerald-950";
}

/** The month grid of Skatteetaten's examples as a real table, with one roving tab stop. */
export function MonthGrid({ model, onToggle, onDragChange, onExplain }: Props) {
  const t = useTranslations("testPanel.grid");
  const tableRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<{ row: number; month: string }>({ row: 0, month: "" });
  const drag = useRef<{ on: boolean; seen: Set<string> } | null>(null);
  const suppressClick = useRef(false);

  const rows = model.rows, months = model.months;
  const activeRow = Math.min(active.row, rows.length - 1);
  const activeCol = Math.max(0, months.indexOf(active.month));

  // When the range grows (a month was toggled), keep the focused cell in view.
  useEffect(() => {
    const el = tableRef.current?.querySelector<HTMLElement>("[data-c][tabindex='0']");
    if (el && el === document.activeElement) el.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [model.range.from, model.range.to]);

  const focusCell = (r: number, c: number) => {
    tableRef.current?.querySelector<HTMLElement>(`[data-r="${r}"][data-c="${c}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>("[data-r]");
    if (!el) return;
    const next = moveFocus(e.key, Number(el.dataset.r), Number(el.dataset.c), rows.length, months.length, e.ctrlKey);
    if (!next) return;
    e.preventDefault();
    focusCell(next[0], next[1]);
  };
  const cellProps = (r: number, c: number, month: string) => ({
    "data-r": r,
    "data-c": c,
    tabIndex: r === activeRow && c === activeCol ? 0 : -1,
    onFocus: () => { setActive({ row: r, month }); onExplain(month, "focus"); },
    onPointerEnter: () => onExplain(month, "hover"),
  });

  const endDrag = () => {
    drag.current = null;
    onDragChange(false);
    setTimeout(() => { suppressClick.current = false; }, 0); // the click that ends a press comes right after pointerup
  };
  const onEmployerPointerDown = (e: PointerEvent<HTMLButtonElement>, month: string, reported: boolean) => {
    if (e.pointerType !== "mouse" || e.button !== 0) return; // touch and pen toggle on click, so scrolling stays possible
    drag.current = { on: !reported, seen: new Set([month]) };
    suppressClick.current = true;
    onDragChange(true);
    onToggle([month], !reported);
    window.addEventListener("pointerup", endDrag, { once: true });
  };
  const onEmployerPointerEnter = (month: string) => {
    onExplain(month, "hover");
    const d = drag.current;
    if (d && !d.seen.has(month)) { d.seen.add(month); onToggle([month], d.on); }
  };

  const rowLabel = (row: GridRow) =>
    row.kind === "agreement" ? t("agreementRow", { ref: row.ref })
      : row.kind === "employer" ? t("employerRow") : row.kind === "af" ? t("afRow") : t("vpRow");

  const renderCell = (row: GridRow, r: number, c: number, month: string) => {
    const edge = c % 12 === 0 ? YEAR_EDGE : "";
    if (row.kind === "employer") {
      const on = row.cells[c];
      return (
        <td key={month} className={`${BASE} ${edge}`}>
          <button
            type="button"
            {...cellProps(r, c, month)}
            onPointerEnter={() => onEmployerPointerEnter(month)}
            onPointerDown={(e) => onEmployerPointerDown(e, month, on)}
            onClick={() => { if (suppressClick.current) return; onToggle([month], !on); }}
            aria-pressed={on}
            className={`block h-full w-full select-none ${on ? "bg-amber-300 text-amber-950" : "bg-white hover:bg-amber-50"}`}
          >
            <span aria-hidden="true">{on ? "●" : ""}</span>
            <span className="sr-only">{month}</span>
          </button>
        </td>
      );
    }
    if (row.kind === "agreement") {
      const cell = row.cells[c];
      return (
        <td key={month} {...cellProps(r, c, month)} className={`${BASE} ${edge} ${cell === "none" ? "bg-white" : "bg-sky-200 text-sky-950"}`}>
          <span aria-hidden="true">{AGREEMENT_MARK[cell]}</span>
          <span className="sr-only">{`${month} ${t(`cell.${cell}`)}`}</span>
        </td>
      );
    }
    const cell = row.cells[c];
    const inSet = cell === "in";
    const text = `${month} ${t(`cell.${row.kind}${inSet ? "In" : "Out"}`)}${cell === "missing" ? `, ${t("cell.missing")}` : ""}`;
    return (
      <td key={month} {...cellProps(r, c, month)} className={`${BASE} ${edge} ${setCellClass(row.kind, cell)}`}>
        <span aria-hidden="true">{inSet ? (row.kind === "af" ? "AF" : "VP") : cell === "missing" ? "✕" : ""}</span>
        <span className="sr-only">{text}</span>
      </td>
    );
  };

  return (
    <div className="relative overflow-x-auto rounded border border-slate-300 bg-white" onPointerLeave={() => onExplain(null, "hover")}>
      <table ref={tableRef} className="border-collapse" onKeyDown={onKeyDown}>
        <caption className="sr-only">{t("caption")}</caption>
        <colgroup><col /></colgroup>
        {model.years.map((y) => <colgroup key={y.year} span={12} />)}
        <thead>
          <tr>
            <td className="sticky left-0 z-10 bg-white" />
            {model.years.map((y) => (
              <th key={y.year} scope="colgroup" colSpan={12} className={`${YEAR_EDGE} border-b border-slate-300 px-1 py-1 text-center text-sm font-semibold`}>
                {y.year}
              </th>
            ))}
          </tr>
          <tr>
            <td className="sticky left-0 z-10 bg-white" />
            {months.map((m, c) => (
              <th
                key={m}
                scope="col"
                className={`${c % 12 === 0 ? YEAR_EDGE : ""} px-0 py-1 text-center text-xs font-normal text-slate-700 ${model.inQuery[c] ? "border-b-4 border-b-slate-900 font-bold text-slate-900" : ""}`}
              >
                <span aria-hidden="true">{m.slice(5)}</span>
                <span className="sr-only">{m}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.kind === "agreement" ? `agreement-${r}-${row.ref}` : row.kind}>
              <th
                scope="row"
                className="sticky left-0 z-10 max-w-36 min-w-28 border border-slate-200 bg-white px-2 py-1 text-left text-xs font-medium break-words sm:max-w-56"
              >
                {rowLabel(row)}
              </th>
              {months.map((m, c) => renderCell(row, r, c, m))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
