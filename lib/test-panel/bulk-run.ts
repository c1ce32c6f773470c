// The bulk check itself, independent of where it runs (the Web Worker, or the page as a fallback):
// stream CSV bytes through lib/rules' reader and collector, then one result per employer.
import { BulkCollector, checkPair, CsvByteReader, readHeader, type ColumnIndex, type CsvRow } from "@/lib/rules";
import { bulkWarnings, type BulkItem } from "./bulk-warnings";

/** Bad rows kept for display; the rest are only counted. */
export const MAX_ROW_ERRORS = 1000;

export interface RowError { line: number; reason: string }

export type BulkMessage =
  | { type: "progress"; phase: "read" | "compute"; done: number; total: number }
  | { type: "done"; items: BulkItem[]; errors: RowError[]; errorCount: number; rows: number }
  | { type: "fatal"; reason: string };

class HeaderError extends Error {}

/** Runs the check; progress at most every `everyMs` (and once per phase at its end). Never throws for bad input. */
export async function runBulk(
  stream: ReadableStream<Uint8Array>,
  totalBytes: number,
  post: (m: BulkMessage) => void,
  opts: { everyMs?: number; now?: () => number; yieldEvery?: () => Promise<void> } = {},
): Promise<BulkMessage> {
  const everyMs = opts.everyMs ?? 100, now = opts.now ?? (() => Date.now());
  let last = 0;
  const tick = (phase: "read" | "compute", done: number, total: number, force = false) => {
    const t = now();
    if (force || t - last >= everyMs) { last = t; post({ type: "progress", phase, done, total }); }
  };

  const collector = new BulkCollector();
  const errors: RowError[] = [];
  let errorCount = 0, rows = 0;
  let columns: ColumnIndex | null = null;
  const onRow = (row: CsvRow) => {
    if (!columns) {
      const header = readHeader(Array.from({ length: row.count }, (_, i) => row.text(i)));
      if (typeof header === "string") throw new HeaderError(`line ${row.line}: ${header}`);
      columns = header;
      return;
    }
    rows++;
    const reason = collector.addCsvRow(row, columns);
    if (reason) { errorCount++; if (errors.length < MAX_ROW_ERRORS) errors.push({ line: row.line, reason }); }
  };

  const reader = new CsvByteReader(onRow);
  const source = stream.getReader();
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await source.read();
      if (done) break;
      reader.push(value);
      loaded += value.byteLength;
      tick("read", loaded, totalBytes);
      if (opts.yieldEvery) await opts.yieldEvery();
    }
    reader.end();
  } catch (e) {
    await source.cancel().catch(() => {});
    const fatal: BulkMessage = { type: "fatal", reason: e instanceof HeaderError ? e.message : String(e) };
    post(fatal);
    return fatal;
  }
  if (!columns) {
    const fatal: BulkMessage = { type: "fatal", reason: "the file is empty (a header row is required)" };
    post(fatal);
    return fatal;
  }
  tick("read", totalBytes, totalBytes, true);

  const total = collector.size;
  const items: BulkItem[] = [];
  for (const [op, pair] of collector.pairs()) {
    const r = checkPair(op, pair);
    items.push({ opplysningspliktig: op, avtaleforhold: r.avtaleforhold, virkningsperiode: r.virkningsperiode, warnings: bulkWarnings(pair) });
    if (items.length % 1000 === 0) {
      tick("compute", items.length, total);
      if (opts.yieldEvery) await opts.yieldEvery();
    }
  }
  tick("compute", total, total, true);
  const done: BulkMessage = { type: "done", items, errors, errorCount, rows };
  post(done);
  return done;
}
