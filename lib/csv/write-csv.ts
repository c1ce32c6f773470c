// The one CSV writer of every export (the server's CSV exports and the test panel's bulk results
// in the browser): csv-stringify with `escape_formulas`, so a cell a spreadsheet would read as a
// formula (starting with = + - @, a tab or a carriage return, or their full-width forms) is
// written with a leading apostrophe and shows as the text it is (OWASP "CSV Injection").
// The browser build: self-contained (it carries its own Buffer), so the same writer runs in the
// browser and on the server.
import { stringify } from "csv-stringify/browser/esm/sync";

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Field separator; "," unless given (";" is what Excel in a Norwegian locale opens). */
  delimiter?: string;
  /** Record separator; "\n" unless given. */
  recordDelimiter?: "unix" | "windows";
  /** Start with a UTF-8 byte-order mark (Excel then reads the file as UTF-8). */
  bom?: boolean;
}

/** Rows to CSV text. Numbers stay numbers (a negative number is not escaped); yes/no are "true"/"false". */
export function writeCsv(rows: readonly (readonly CsvCell[])[], opts: CsvOptions = {}): string {
  const text = stringify(rows.map((r) => r.map((c) => (c === null || c === undefined ? "" : c))), {
    delimiter: opts.delimiter ?? ",",
    record_delimiter: opts.recordDelimiter ?? "unix",
    escape_formulas: true,
    // csv-stringify's default writes false as "", which reads as an empty cell
    cast: { boolean: (value) => String(value) },
  });
  return (opts.bom ? "\uFEFF" : "") + text;
}
