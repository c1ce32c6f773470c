// The bulk check itself, independent of where it runs (the Web Worker, or the page as a fallback):
// stream CSV bytes through lib/rules' reader and collector, then one result per employer.
import { BulkCollector, checkPair, CsvByteReader, readHeader, type ColumnIndex, type CsvRow } from "@/lib/rules";
import { bulkWarnings, type BulkItem } from "./bulk-warnings";

/** Bad rows kept for display; the rest are only counted. */
export const MAX_ROW_ERRORS = 1000;
/** Largest file the bulk check reads (checked before reading: a browser tab has limited memory). */
export const MAX_BULK_BYTES = 100 * 1024 * 1024;
/** Most data rows it checks (~2 M rows ≈ 40,000 employers with four years of months each); the CLI has no limit. */
export const MAX_BULK_ROWS = 2_000_000;

export type BulkLimit = { kind: "bytes" | "rows"; max: number };

export interface RowError { line: number; reason: string }

export type BulkMessage =
  | { type: "progress"; phase: "read" | "compute"; done: number; total: number }
  | { type: "done"; items: BulkItem[]; errors: RowError[]; errorCount: number; rows: number }
  | { type: "fatal"; reason: string; limit?: BulkLimit };

class HeaderError extends Error {}
class LimitError extends Error {
  constructor(readonly limit: BulkLimit) {
    super(limit.kind === "bytes" ? `the file is too large: at most ${limit.max} bytes` : `the file has too many rows: at most ${limit.max} rows`);
  }
}

/** Runs the check; progress at most every `everyMs` (and once per phase at its end). Never throws for bad input. */
export async function runBulk(
  stream: ReadableStream<Uint8Array>,
  totalBytes: number,
  post: (m: BulkMessage) => void,
  opts: { everyMs?: number; now?: () => number; yieldEvery?: () => Promise<void>; maxBytes?: number; maxRows?: number } = {},
): Promise<BulkMessage> {
  const maxBytes = opts.maxBytes ?? MAX_BULK_BYTES, maxRows = opts.maxRows ?? MAX_BULK_ROWS;
  if (totalBytes > maxBytes) { // counted before a byte is read
    await stream.cancel().catch(() => {});
    const limit: BulkLimit = { kind: "bytes", max: maxBytes };
    const fatal: BulkMessage = { type: "fatal", reason: new LimitError(limit).message, limit };
    post(fatal);
    return fatal;
  }
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
    if (++rows > maxRows) throw new LimitError({ kind: "rows", max: maxRows });
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
      if (loaded > maxBytes) throw new LimitError({ kind: "bytes", max: maxBytes }); // a stream longer than announced
      tick("read", loaded, totalBytes);
      if (opts.yieldEvery) await opts.yieldEvery();
    }
    reader.end();
  } catch (e) {
    await source.cancel().catch(() => {});
    const fatal: BulkMessage = e instanceof LimitError
      ? { type: "fatal", reason: e.message, limit: e.limit }
      : { type: "fatal", reason: e instanceof HeaderError ? e.message : String(e) };
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
