import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../../..");
const dir = mkdtempSync(path.join(os.tmpdir(), "rules-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "lib/rules/cli.ts", ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, text: string) {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

const GOOD = `opplysningspliktig,type,maaned,fraOgMed,tilOgMed,avtalereferanse
974760673,employer-month,2022-03,,,
974760673,employer-month,2022-04,,,
999999999,employer-month,2022-03,,,
974760673,employer-month,2022-05,,,
974760673,employer-month,2022-09,,,
974760673,employer-month,2022-10,,,
974760673,agreement,,2022-03,2022-05,avtale-1
974760673,agreement,,2022-09,,"avtale, 2"
999999999,agreement,,2022-03,2022-11,a
`;

describe("rules CLI", () => {
  it("prints one line per employer for a good CSV file", () => {
    const r = run("check", file("good.csv", GOOD));
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toBe("974760673  AF: 2022-03..2022-05, 2022-09..2022-10  VP: 2020-12..2022-11\n999999999  AF: 2022-03  VP: 2020-12..2022-04\n");
  });

  it("with --from/--to adds both exact gyldighet bodies; --output json gives JSON lines", () => {
    const r = run("check", file("good2.csv", GOOD), "--from", "2022-06", "--to", "2022-12", "--output", "json");
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({
      opplysningspliktig: "974760673", avtaleforhold: "2022-03..2022-05, 2022-09..2022-10", virkningsperiode: "2020-12..2022-11",
      avtaleforholdGyldighet: { gyldig: false, maanederUtenGyldigAvtaleforhold: { maaned: ["2022-06", "2022-07", "2022-08", "2022-11", "2022-12"] } },
      virkningsperiodeGyldighet: { gyldig: false, maanederUtenforGyldigVirkningsperiode: { maaned: ["2022-12"] } },
    });
    const t = run("check", path.join(dir, "good2.csv"), "--from", "2022-03", "--to", "2022-03");
    expect(t.out.split("\n")[1]).toBe('999999999  AF: 2022-03  VP: 2020-12..2022-04  AF-gyldighet: {"gyldig":true}  VP-gyldighet: {"gyldig":true}');
  });

  it("bad rows: stderr names line numbers, exit 1, good employers still printed", () => {
    const bad = GOOD + "999999999,employer-month,2022-13,,,\n123456789,employer-month,2022-01,,,\n\n999999999,holiday,2022-01,,,\n974760673,agreement,,,,x\n";
    const r = run("check", file("bad.csv", bad));
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toEqual([
      'line 11: bad month "2022-13" in maaned (expected YYYY-MM, month 01–12)',
      'line 12: bad org number "123456789"',
      'line 14: unknown type "holiday" (expected employer-month or agreement)',
      "line 15: missing field fraOgMed",
    ]);
    expect(r.out.trim().split("\n")).toHaveLength(2);
    expect(r.out).toContain("974760673  AF: 2022-03..2022-05, 2022-09..2022-10");
  });

  it("reads JSON (array or {employers}) with the format from the extension or --format", () => {
    const entries = [{ opplysningspliktig: "974760673", employerMonths: ["2022-03", "2022-11"], agreements: [{ avtalereferanse: "a", fraOgMed: "2022-03", tilOgMed: "2022-11" }] }];
    const a = run("check", file("pairs.json", JSON.stringify(entries)), "--from", "2022-02", "--to", "2022-05");
    expect(a.code).toBe(0);
    expect(a.out).toBe('974760673  AF: 2022-03, 2022-11  VP: 2020-12..2022-12  AF-gyldighet: {"gyldig":false,"maanederUtenGyldigAvtaleforhold":{"maaned":["2022-02","2022-04","2022-05"]}}  VP-gyldighet: {"gyldig":true}\n');
    const b = run("check", file("pairs.txt", JSON.stringify({ employers: [...entries, { opplysningspliktig: "1", employerMonths: [] }] })), "--format", "json");
    expect(b.code).toBe(1);
    expect(b.err).toBe('entry 2: bad org number "1"\n');
    expect(b.out).toContain("974760673  AF: 2022-03, 2022-11");
  });

  it("usage errors exit 2 with a clear message", () => {
    expect(run("frobnicate")).toMatchObject({ code: 2, err: expect.stringContaining("unknown command: frobnicate") });
    expect(run("check", path.join(dir, "missing.csv"))).toMatchObject({ code: 2, err: expect.stringContaining("no such file") });
    expect(run("check")).toMatchObject({ code: 2, err: expect.stringContaining("exactly one FILE") });
    expect(run("check", path.join(dir, "good.csv"), "--from", "2022-01")).toMatchObject({ code: 2, err: expect.stringContaining("--from and --to") });
    expect(run("check", path.join(dir, "good.csv"), "--bogus")).toMatchObject({ code: 2, err: expect.stringContaining("--bogus") });
    const h = run("--help");
    expect(h.code).toBe(0);
    expect(h.out).toContain("opplysningspliktig,type,maaned,fraOgMed,tilOgMed,avtalereferanse");
  });
});
