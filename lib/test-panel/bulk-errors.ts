// The bulk check's error reasons in the reader's language. lib/rules writes its reasons in
// English for the CLI ("bad org number \"123\""); this maps each of them to a message key of
// `testPanel.bulk.errors` with its values, so the test panel never shows English in the
// Norwegian UI. A reason it does not recognise keeps its text inside a translated frame.
import { CSV_COLUMNS } from "@/lib/rules";

export type TBulkErrorMessage = { key: string; values: Record<string, string> };

const quoted = (s: string) => {
  try { return JSON.parse(s) as string; } catch { return s; }
};

const PATTERNS: [RegExp, (m: RegExpExecArray) => TBulkErrorMessage][] = [
  [/^missing field (\w+)$/, (m) => ({ key: "missingField", values: { field: m[1] } })],
  [/^bad org number (".*"|\S+)$/, (m) => ({ key: "badOrgnr", values: { value: quoted(m[1]) } })],
  [/^bad month (".*") in (\w+) \(expected YYYY-MM, month 01–12\)$/, (m) => ({ key: "badMonth", values: { value: quoted(m[1]), field: m[2] } })],
  [/^unknown type (".*") \(expected employer-month or agreement\)$/, (m) => ({ key: "unknownType", values: { value: quoted(m[1]) } })],
  [/^tilOgMed is before fraOgMed$/, () => ({ key: "toBeforeFrom", values: {} })],
  [/^avtalereferanse must be 1–4000 characters$/, () => ({ key: "referenceLength", values: {} })],
  [/^(?:line (\d+): )?header must name the columns [\w,]+ \(missing: (.*)\)$/, (m) => ({ key: "header", values: { line: m[1] ?? "1", missing: m[2], columns: CSV_COLUMNS.join(", ") } })],
  [/^the file is empty \(a header row is required\)$/, () => ({ key: "emptyFile", values: {} })],
];

export function bulkErrorMessage(reason: string): TBulkErrorMessage {
  for (const [re, to] of PATTERNS) {
    const m = re.exec(reason);
    if (m) return to(m);
  }
  return { key: "other", values: { reason } };
}

/** A CSV the bulk check reads as it is: the documented example 1 (docs/rules-cli.md), to start from. */
export const BULK_TEMPLATE_CSV = [
  CSV_COLUMNS.join(","),
  "974760673,employer-month,2022-03,,,",
  "974760673,employer-month,2022-04,,,",
  "974760673,employer-month,2022-05,,,",
  "974760673,employer-month,2022-09,,,",
  "974760673,employer-month,2022-10,,,",
  "974760673,agreement,,2022-03,2022-05,avtale-1",
  "974760673,agreement,,2022-09,,avtale-2",
  "",
].join("\n");
