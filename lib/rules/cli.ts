// `npm run rules -- check FILE [--format csv|json] [--from YYYY-MM --to YYYY-MM] [--output text|json]`
// I/O only: parsing and checking live in csv.ts and bulk.ts (shared with the browser).
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { BulkCollector, CSV_COLUMNS, readHeader, type ColumnIndex } from "./bulk";
import { checkPair, formatResultLine } from "./bulk-output";
import { CsvByteReader } from "./csv";
import { monthIndexOrNeg } from "./months";

const HELP = `Usage: npm run rules -- check FILE [options]

Prints, per employer (opplysningspliktig), its avtaleforhold (AF) and virkningsperiode (VP)
as compact month ranges; with --from/--to also both gyldighet answers (the exact API bodies).

Options:
  --format csv|json     input format (default: from the file extension)
  --from YYYY-MM        start of the queried period (needs --to)
  --to YYYY-MM          end of the queried period (needs --from)
  --output text|json    one text line (default) or one JSON object per employer
  -h, --help            this help

CSV: header row required, columns by name, any order:
  ${CSV_COLUMNS.join(",")}
  type employer-month  uses maaned (a month the employer's a-melding names the pension institution)
  type agreement       uses fraOgMed, optional tilOgMed (empty = open-ended), avtalereferanse
JSON: [ { "opplysningspliktig": "974760673", "employerMonths": ["2022-03"],
          "agreements": [ { "avtalereferanse": "a", "fraOgMed": "2022-03" } ] } ]
      or { "employers": [ ... ] }

A bad row prints "line N: reason" ("entry N: reason" for JSON) to stderr; the others still run.
Exit codes: 0 ok, 1 some rows were bad, 2 usage error.`;

class UsageError extends Error {}

/** Buffers lines and writes them in large chunks, waiting when stdout is full. */
class BufferedWriter {
  private buf: string[] = [];
  private size = 0;
  async line(s: string): Promise<void> {
    this.buf.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.buf.length === 0) return;
    const chunk = this.buf.join("\n") + "\n";
    this.buf = [];
    this.size = 0;
    if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once("drain", r));
  }
}

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { format: { type: "string" }, from: { type: "string" }, to: { type: "string" }, output: { type: "string" } },
  });
  if (positionals.length !== 1) throw new UsageError("check needs exactly one FILE");
  const file = positionals[0];
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`no such file: ${file}`);
  const format = values.format ?? (file.toLowerCase().endsWith(".json") ? "json" : file.toLowerCase().endsWith(".csv") ? "csv" : undefined);
  if (format !== "csv" && format !== "json") throw new UsageError(`--format must be csv or json (cannot tell from ${file})`);
  const output = values.output ?? "text";
  if (output !== "text" && output !== "json") throw new UsageError("--output must be text or json");
  if ((values.from === undefined) !== (values.to === undefined)) throw new UsageError("--from and --to go together");
  let range: { from: string; to: string } | undefined;
  if (values.from !== undefined && values.to !== undefined) {
    const a = monthIndexOrNeg(values.from), b = monthIndexOrNeg(values.to);
    if (a < 0 || b < 0) throw new UsageError("--from and --to must be YYYY-MM with month 01–12");
    if (a > b) throw new UsageError("--from is after --to");
    range = { from: values.from, to: values.to };
  }

  const collector = new BulkCollector();
  let bad = 0;
  const report = (label: string, reason: string) => { bad++; process.stderr.write(`${label}: ${reason}\n`); };
  if (format === "csv") {
    let idx: ColumnIndex | null = null;
    let headerError = false;
    const reader = new CsvByteReader((row) => {
      if (headerError) return;
      if (idx === null) {
        const h = readHeader(Array.from({ length: row.count }, (_, i) => row.text(i)));
        if (typeof h === "string") { headerError = true; report(`line ${row.line}`, h); } else idx = h;
        return;
      }
      const err = collector.addCsvRow(row, idx);
      if (err) report(`line ${row.line}`, err);
    });
    // Streams in 1 MiB reads into one reused buffer: constant memory, no per-chunk allocation.
    const fd = openSync(file, "r"), buf = new Uint8Array(1 << 20);
    try {
      for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) reader.push(buf.subarray(0, n));
    } finally {
      closeSync(fd);
    }
    reader.end();
  } else {
    let data: unknown;
    try { data = JSON.parse(readFileSync(file, "utf8")); } catch (e) { throw new UsageError(`${file} is not valid JSON: ${(e as Error).message}`); }
    const list = Array.isArray(data) ? data : (data as { employers?: unknown })?.employers;
    if (!Array.isArray(list)) throw new UsageError("JSON must be an array or { \"employers\": [...] }");
    list.forEach((e, i) => { const err = collector.addEntry(e); if (err) report(`entry ${i + 1}`, err); });
  }

  const out = new BufferedWriter();
  for (const [op, pair] of collector.pairs()) {
    const r = checkPair(op, pair, range);
    await out.line(output === "json" ? JSON.stringify(r) : formatResultLine(r));
  }
  await out.flush();
  return bad > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    process.stdout.write(HELP + "\n");
    return command === undefined ? 2 : 0;
  }
  if (command !== "check") throw new UsageError(`unknown command: ${command} (try --help)`);
  if (rest.includes("-h") || rest.includes("--help")) { process.stdout.write(HELP + "\n"); return 0; }
  return check(rest);
}

process.stdout.on("error", (e: NodeJS.ErrnoException) => { if (e.code === "EPIPE") process.exit(0); throw e; });
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    const usage = e instanceof UsageError || (e as { code?: string })?.code?.startsWith("ERR_PARSE_ARGS");
    process.stderr.write(`rules: ${(e as Error).message ?? e}\n`);
    process.exitCode = usage ? 2 : 1;
  },
);
