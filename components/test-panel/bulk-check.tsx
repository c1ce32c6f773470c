"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { runBulk, type BulkLimit, type BulkMessage } from "@/lib/test-panel/bulk-run";
import { bulkResultsCsv, type BulkItem } from "@/lib/test-panel/bulk-warnings";
import { BULK_TEMPLATE_CSV, bulkErrorMessage } from "@/lib/test-panel/bulk-errors";
import { CSV_COLUMNS } from "@/lib/rules";
import { ChevronLeftIcon, ChevronRightIcon } from "@navikt/aksel-icons";
import { useDescribeWarning } from "./warning-text";
import { Alert, Button, Details, DetailsContent, DetailsSummary, Field, Input, Label, Spinner, Table } from "@/components/ds";

export const PAGE_SIZE = 50;
const ERRORS_SHOWN = 100;

type Status =
  | { kind: "idle" }
  | { kind: "running"; phase: "read" | "compute"; done: number; total: number }
  | Extract<BulkMessage, { type: "done" }> & { kind: "done" }
  | { kind: "fatal"; reason: string; limit?: BulkLimit };

/** Upload a CSV in the CLI's format; parsed in a Web Worker, results paged 50 at a time. */
export function BulkCheck() {
  const t = useTranslations("testPanel.bulk");
  const describe = useDescribeWarning();
  const errorText = useBulkErrorText();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [page, setPage] = useState(1);
  const [onlyWarnings, setOnlyWarnings] = useState(false);
  const worker = useRef<Worker | null>(null);
  const run = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);

  const onMessage = (id: number, m: BulkMessage) => {
    if (id !== run.current) return; // a newer file was chosen meanwhile
    if (m.type === "progress") setStatus({ kind: "running", phase: m.phase, done: m.done, total: m.total });
    else if (m.type === "fatal") setStatus({ kind: "fatal", reason: m.reason, limit: m.limit });
    else { setStatus({ ...m, kind: "done" }); setPage(1); }
  };

  /** Same work in the page, yielding now and then, when a worker cannot start. */
  const runHere = (id: number, file: File) => {
    void runBulk(file.stream(), file.size, (m) => onMessage(id, m), { yieldEvery: () => new Promise((r) => setTimeout(r, 0)) });
  };

  const start = (file: File) => {
    worker.current?.terminate();
    worker.current = null;
    const id = ++run.current;
    setStatus({ kind: "running", phase: "read", done: 0, total: file.size });
    let w: Worker;
    try {
      w = new Worker(new URL("./bulk-worker.ts", import.meta.url));
    } catch {
      runHere(id, file);
      return;
    }
    worker.current = w;
    w.onmessage = (e: MessageEvent<BulkMessage>) => {
      onMessage(id, e.data);
      if (e.data.type !== "progress") { w.terminate(); if (worker.current === w) worker.current = null; }
    };
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      if (worker.current === w) worker.current = null;
      if (id === run.current) runHere(id, file);
    };
    w.postMessage({ file });
  };

  const items = status.kind === "done" ? status.items : null;
  const shown = useMemo(() => (items ? (onlyWarnings ? items.filter((i) => i.warnings.length > 0) : items) : []), [items, onlyWarnings]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const slice = shown.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);

  const download = () => {
    if (!items) return;
    const blob = new Blob([bulkResultsCsv(items, describe)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = "avtaleforhold-resultat.csv";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const percent = status.kind === "running" && status.total > 0 ? Math.floor((status.done / status.total) * 100) : 0;
  return (
    <div className="space-y-4">
      <p className="max-w-prose">{t("intro")}</p>
      <Details className="max-w-prose" data-color="neutral">
        <DetailsSummary>{t("columnsTitle")}</DetailsSummary>
        <DetailsContent>
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            {CSV_COLUMNS.map((c) => (
              <div key={c} className="contents">
                <dt className="font-mono">{c}</dt>
                <dd>{t(`columns.${c}`)}</dd>
              </div>
            ))}
          </dl>
        </DetailsContent>
      </Details>
      <p>
        {t("templateIntro")}{" "}
        <a href={`data:text/csv;charset=utf-8,${encodeURIComponent(BULK_TEMPLATE_CSV)}`} download="massesjekk-mal.csv" className="ds-link font-medium">
          {t("template")}
        </a>
      </p>
      <Field className="max-w-xl">
        <Label htmlFor="tp-bulk-file">{t("file")}</Label>
        <Input
          id="tp-bulk-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => { const f = e.target.files?.[0]; if (f) start(f); }}
        />
      </Field>
      {status.kind === "running" && (
        <div className="flex max-w-xl items-center gap-3">
          <Spinner aria-hidden data-size="md" />
          <div className="flex grow flex-col gap-1">
            <label htmlFor="tp-bulk-progress" className="font-medium">{t("progress")}</label>
            <progress id="tp-bulk-progress" max={status.total || 1} value={status.done} className="w-full">{percent} %</progress>
          </div>
        </div>
      )}
      <p role="status">
        {status.kind === "running" && (status.phase === "read"
          ? t("reading", { percent })
          : t("computing", { done: status.done, total: status.total }))}
        {status.kind === "done" && t("done", {
          employers: status.items.length, rows: status.rows, withWarnings: status.items.filter((i) => i.warnings.length > 0).length,
        })}
      </p>
      {status.kind === "fatal" && (
        <Alert data-color="danger" data-size="sm" role="alert">
          {status.limit?.kind === "bytes" ? t("tooLarge", { max: Math.round(status.limit.max / 1024 / 1024) })
            : status.limit?.kind === "rows" ? t("tooManyRows", { max: status.limit.max })
            : t("fatal", { reason: errorText(status.reason) })}
        </Alert>
      )}
      {status.kind === "done" && (
        <>
          {status.errorCount > 0 && <RowErrors errors={status.errors} count={status.errorCount} />}
          <div className="flex flex-wrap items-center gap-4">
            <Field>
              <Input id="tp-bulk-only-warnings" type="checkbox" checked={onlyWarnings} onChange={(e) => { setOnlyWarnings(e.target.checked); setPage(1); }} />
              <Label htmlFor="tp-bulk-only-warnings" weight="regular">{t("onlyWarnings")}</Label>
            </Field>
            <Button type="button" onClick={download} variant="primary">{t("download")}</Button>
          </div>
          <ResultTable items={slice} />
          {shown.length === 0 && <p>{t("noRows")}</p>}
          <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-4">
            <Button type="button" disabled={current <= 1} onClick={() => setPage(current - 1)} variant="tertiary">
              <ChevronLeftIcon aria-hidden />
              {t("previous")}
            </Button>
            <span>{t("page", { page: current, pages, from: shown.length ? (current - 1) * PAGE_SIZE + 1 : 0, to: (current - 1) * PAGE_SIZE + slice.length, total: shown.length })}</span>
            <Button type="button" disabled={current >= pages} onClick={() => setPage(current + 1)} variant="tertiary">
              {t("next")}
              <ChevronRightIcon aria-hidden />
            </Button>
          </nav>
        </>
      )}
    </div>
  );
}

function ResultTable({ items }: { items: BulkItem[] }) {
  const t = useTranslations("testPanel.bulk");
  const describe = useDescribeWarning();
  const td = "align-top";
  return (
    <div className="relative overflow-x-auto">
      <Table data-size="sm" className="min-w-full bg-white text-left text-sm">
        <caption className="ds-heading pb-2 text-left" data-size="2xs">{t("resultsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("orgnr")}</th>
            <th scope="col">{t("af")}</th>
            <th scope="col">{t("vp")}</th>
            <th scope="col">{t("warnings")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((it) => (
            <tr key={it.opplysningspliktig}>
              <th scope="row" className={`${td} text-left font-mono font-normal`}>{it.opplysningspliktig}</th>
              <td className={td}><Ranges text={it.avtaleforhold} empty={t("empty")} /></td>
              <td className={td}><Ranges text={it.virkningsperiode} empty={t("empty")} /></td>
              <td className={td}>
                {it.warnings.length === 0 ? t("empty") : (
                  <ul className="list-disc pl-4">
                    {it.warnings.map((w, i) => <li key={i}>{describe(w)}</li>)}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

/** "2022-03..2022-05, 2022-09" with each range kept on one line. */
function Ranges({ text, empty }: { text: string; empty: string }) {
  if (!text) return <>{empty}</>;
  const parts = text.split(", ");
  return <>{parts.map((r, i) => <span key={i} className="whitespace-nowrap">{r}{i < parts.length - 1 ? ", " : ""}</span>)}</>;
}

function RowErrors({ errors, count }: { errors: { line: number; reason: string }[]; count: number }) {
  const t = useTranslations("testPanel.bulk");
  const errorText = useBulkErrorText();
  const list = errors.slice(0, ERRORS_SHOWN);
  return (
    <Alert data-color="danger" data-size="sm">
      <h3 className="ds-heading" data-size="2xs">{t("errorsTitle", { count })}</h3>
      <ul className="mt-1 list-disc pl-6 text-sm">
        {list.map((e) => <li key={e.line}>{t("errorLine", { line: e.line, reason: errorText(e.reason) })}</li>)}
      </ul>
      {count > list.length && <p className="text-sm">{t("moreErrors", { count: count - list.length })}</p>}
    </Alert>
  );
}


/** A reason of the rule engine (English, for the CLI) in the page's language. */
function useBulkErrorText() {
  const t = useTranslations("testPanel.bulk.errors");
  return (reason: string) => {
    const m = bulkErrorMessage(reason);
    return t(m.key as never, m.values as never);
  };
}
