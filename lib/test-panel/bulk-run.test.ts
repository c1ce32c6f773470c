import { describe, expect, it } from "vitest";
import { MAX_BULK_BYTES, runBulk, type BulkMessage } from "./bulk-run";

function streamOf(text: string, chunk = 7): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let i = 0;
  return new ReadableStream({
    pull(c) { if (i >= bytes.length) c.close(); else { c.enqueue(bytes.slice(i, i + chunk)); i += chunk; } },
  });
}

const CSV = [
  "opplysningspliktig,type,maaned,fraOgMed,tilOgMed,avtalereferanse",
  "974760673,employer-month,2022-03,,,",
  "974760673,agreement,,2022-03,2022-05,avtale-1",
  "974760673,agreement,,2022-09,,avtale-2",
  "889640782,employer-month,2022-01,,,",
  "123456789,employer-month,2022-01,,,",
  "974760673,employer-month,2022-13,,,",
  "974760673,employer-month,2022-09,,,",
].join("\n");

describe("runBulk", () => {
  it("groups per employer, lists bad rows with line numbers and warns", async () => {
    const posted: BulkMessage[] = [];
    const r = await runBulk(streamOf(CSV), CSV.length, (m) => posted.push(m), { everyMs: 0 });
    expect(r.type).toBe("done");
    if (r.type !== "done") return;
    expect(r.rows).toBe(7);
    expect(r.items).toEqual([
      { opplysningspliktig: "974760673", avtaleforhold: "2022-03, 2022-09", virkningsperiode: "2020-12..2022-10", warnings: [] },
      { opplysningspliktig: "889640782", avtaleforhold: "", virkningsperiode: "", warnings: [{ code: "EMPLOYER_WITHOUT_AGREEMENT" }] },
    ]);
    expect(r.errorCount).toBe(2);
    expect(r.errors.map((e) => e.line)).toEqual([6, 7]);
    expect(r.errors[0].reason).toContain("bad org number");
    const progress = posted.filter((m) => m.type === "progress");
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ type: "progress", phase: "compute", done: 2, total: 2 });
    expect(posted.at(-1)).toBe(r);
  });
  it("fails on a header without the required columns, and on an empty file", async () => {
    const r = await runBulk(streamOf("a,b\n1,2\n"), 8, () => {});
    expect(r).toMatchObject({ type: "fatal" });
    expect(r.type === "fatal" && r.reason).toMatch(/line 1: header must name the columns/);
    expect(await runBulk(streamOf(""), 0, () => {})).toMatchObject({ type: "fatal" });
  });

  it("refuses a file over the size limit before reading it, and stops at the row limit (finding 4 of issue 11)", async () => {
    let pulled = 0;
    const untouched = new ReadableStream<Uint8Array>({ pull(c) { pulled++; c.close(); } });
    const big = await runBulk(untouched, MAX_BULK_BYTES + 1, () => {});
    expect(big).toEqual({ type: "fatal", reason: expect.stringMatching(/at most/), limit: { kind: "bytes", max: MAX_BULK_BYTES } });
    expect(pulled).toBe(0);

    const rows = [CSV.split("\n")[0], ...Array.from({ length: 11 }, () => "974760673,employer-month,2022-03,,,")].join("\n");
    const many = await runBulk(streamOf(rows, 64), rows.length, () => {}, { maxRows: 10 });
    expect(many).toEqual({ type: "fatal", reason: expect.stringMatching(/at most 10 rows/), limit: { kind: "rows", max: 10 } });
    expect(await runBulk(streamOf(rows, 64), rows.length, () => {}, { maxRows: 11 })).toMatchObject({ type: "done", rows: 11 });
  });
});
