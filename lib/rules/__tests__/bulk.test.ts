import { describe, expect, it } from "vitest";
import {
  BulkCollector, CsvByteReader, checkPair, formatResultLine, readCsvText, readHeader, splitCsvRecord, type ColumnIndex, type CsvRow,
} from "../index";

const fields = (row: CsvRow) => Array.from({ length: row.count }, (_, i) => row.text(i));

/** Records as [fields, line], fed in small byte chunks (edges mid-line and mid-character) through one reused buffer. */
function collect(csv: string, chunkSize = 7) {
  const records: Array<[string[], number]> = [];
  const r = new CsvByteReader((row) => records.push([fields(row), row.line]));
  const bytes = new TextEncoder().encode(csv), reused = new Uint8Array(chunkSize);
  for (let i = 0; i < bytes.length; i += chunkSize) {
    const part = bytes.subarray(i, i + chunkSize);
    reused.set(part);
    r.push(reused.subarray(0, part.length));
    reused.fill(0); // the reader must not keep references into the caller's buffer
  }
  r.end();
  return records;
}

/** Feeds CSV text (header first) to a collector; returns the per-line results. */
function feed(c: BulkCollector, csv: string): Array<[number, string | null]> {
  let idx: ColumnIndex | null = null;
  const out: Array<[number, string | null]> = [];
  readCsvText(csv, (row) => {
    if (idx === null) idx = readHeader(fields(row)) as ColumnIndex;
    else out.push([row.line, c.addCsvRow(row, idx)]);
  });
  return out;
}

describe("CSV records", () => {
  it("splits plain and quoted fields", () => {
    expect(splitCsvRecord("a,b,,c")).toEqual(["a", "b", "", "c"]);
    expect(splitCsvRecord('a,"b, ""c""",d')).toEqual(["a", 'b, "c"', "d"]);
  });
  it("streams records with line numbers across chunks, CRLF, BOM, blank lines and quoted newlines", () => {
    const csv = '\uFEFFh1,h2\r\nx , 1\r\n\r\ny,"two\nlines"\nz,3\nÆøå-ref,😀,\nlast';
    const want = [[["h1", "h2"], 1], [["x", "1"], 2], [["y", "two\nlines"], 4], [["z", "3"], 6], [["Æøå-ref", "😀", ""], 7], [["last"], 8]];
    expect(collect(csv)).toEqual(want);
    expect(collect(csv, 1)).toEqual(want);
    expect(collect(csv, 1000)).toEqual(want);
  });
});

const HEADER = "opplysningspliktig,type,maaned,fraOgMed,tilOgMed,avtalereferanse".split(",");

describe("BulkCollector", () => {
  it("object rows (browser tables) are validated like CSV rows", () => {
    const c = new BulkCollector();
    expect(c.addRow({ line: 2, opplysningspliktig: "974760673", type: "employer-month", maaned: "2022-1" })).toMatch(/bad month/);
    expect(c.addRow({ line: 3, opplysningspliktig: "974760674", type: "employer-month", maaned: "2022-01" })).toMatch(/bad org number/);
    expect(c.addRow({ line: 4, opplysningspliktig: "974760673", type: "x" })).toMatch(/unknown type/);
    expect(c.addRow({ line: 5, opplysningspliktig: "974760673", type: "employer-month", maaned: "2022-01" })).toBeNull();
    expect(c.size).toBe(1);
  });

  it("reads the header by name in any order and names missing columns", () => {
    const idx = readHeader(["type", ...HEADER.filter((h) => h !== "type")]) as ColumnIndex;
    expect(idx.type).toBe(0);
    expect(idx.opplysningspliktig).toBe(1);
    expect(readHeader(["opplysningspliktig", "type"])).toMatch(/missing: maaned, fraOgMed, tilOgMed, avtalereferanse/);
  });

  it("groups non-contiguous rows per employer and reports bad rows", () => {
    const c = new BulkCollector();
    const res = feed(c, [
      HEADER.join(","),
      "974760673,employer-month,2022-03,,,", "999999999,employer-month,2022-03,,,", "974760673,agreement,,2022-03,2022-04,a",
      "974760673,employer-month,2022-04,,,", "999999999,agreement,,2022-01,,b",
      "974760673,employer-month,2022-13,,,", "974760672,employer-month,2022-01,,,", "974760673,foo,2022-01,,,",
      "974760673,employer-month,,,,", "974760673,agreement,,2022-03,,", "974760673,agreement,,,,x",
      "974760673,agreement,,2022-03,2022-02,x", "974760673", ",employer-month,2022-01,,,", "97476067,employer-month,2022-01,,,",
    ].join("\n"));
    expect(res.slice(0, 5)).toEqual([[2, null], [3, null], [4, null], [5, null], [6, null]]);
    expect(res.slice(5).map(([line, err]) => `${line}: ${err}`)).toEqual([
      '7: bad month "2022-13" in maaned (expected YYYY-MM, month 01–12)',
      '8: bad org number "974760672"',
      '9: unknown type "foo" (expected employer-month or agreement)',
      "10: missing field maaned",
      "11: missing field avtalereferanse",
      "12: missing field fraOgMed",
      "13: tilOgMed is before fraOgMed",
      "14: missing field type",
      "15: missing field opplysningspliktig",
      '16: bad org number "97476067"',
    ]);
    const out = [...c.pairs()].map(([op, p]) => formatResultLine(checkPair(op, p, { from: "2022-03", to: "2022-04" })));
    expect(out).toEqual([
      '974760673  AF: 2022-03..2022-04  VP: 2020-12..2022-05  AF-gyldighet: {"gyldig":true}  VP-gyldighet: {"gyldig":true}',
      '999999999  AF: 2022-03  VP: 2020-12..2022-04  AF-gyldighet: {"gyldig":false,"maanederUtenGyldigAvtaleforhold":{"maaned":["2022-04"]}}  VP-gyldighet: {"gyldig":true}',
    ]);
    expect(c.size).toBe(0); // groups are released once compiled
  });

  it("(D) the same avtalereferanse again replaces the earlier agreement", () => {
    const c = new BulkCollector();
    c.addRow({ line: 2, opplysningspliktig: "974760673", type: "employer-month", maaned: "2022-01" });
    c.addRow({ line: 3, opplysningspliktig: "974760673", type: "agreement", fraOgMed: "2022-01", avtalereferanse: "a" });
    c.addRow({ line: 4, opplysningspliktig: "974760673", type: "agreement", fraOgMed: "2022-02", avtalereferanse: "a" });
    const [[, p]] = [...c.pairs()];
    expect(p.agreements).toHaveLength(1);
    expect(p.avtaleforhold()).toEqual([]);
  });

  it("JSON entries: validated and merged per employer", () => {
    const c = new BulkCollector();
    expect(c.addEntry({ opplysningspliktig: "974760673", employerMonths: ["2022-03"], agreements: [{ avtalereferanse: "a", fraOgMed: "2022-03" }] })).toBeNull();
    expect(c.addEntry({ opplysningspliktig: "974760673", employerMonths: ["2022-04"] })).toBeNull();
    expect(c.addEntry({ opplysningspliktig: "123", employerMonths: [] })).toMatch(/bad org number/);
    expect(c.addEntry({ opplysningspliktig: "974760673", employerMonths: ["2022-4"] })).toMatch(/bad month/);
    expect(c.addEntry({ opplysningspliktig: "974760673", agreements: [{ fraOgMed: "2022-01" }] })).toBe("missing field avtalereferanse");
    expect(c.addEntry(null)).toMatch(/object/);
    const [[op, p]] = [...c.pairs()];
    expect(op).toBe("974760673");
    expect(p.avtaleforholdRanges()).toBe("2022-03..2022-04");
  });
});
