// Benchmark of the rule engine (prints figures, asserts nothing):
//  1. gyldighet checks/s on typical pairs, compiled engine vs the simple reference, and the ratio;
//  2. the CLI end to end on a generated CSV of 100 000 employers.
// Run: npm run bench:rules
import { buildSync } from "esbuild";
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { compile, formatMonth, type CompiledPair, type PairInput } from "../lib/rules";
import { refAvtaleforholdGyldighet, refVirkningsperiodeGyldighet } from "../lib/rules/__tests__/reference";

// Deterministic PRNG so runs are comparable.
let seed = 0x5eed;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const M = (y: number, m: number) => y * 12 + m - 1;

/** Typical pair: 1–3 agreements, employer months over up to 8 years, sometimes with a gap. */
function typicalPair(): PairInput {
  const start = int(M(2018, 1), M(2025, 12));
  const span = int(1, 96);
  const gapAt = rand() < 0.3 ? int(0, span) : -1, gapLen = int(1, 20);
  const employerMonths: string[] = [];
  for (let i = 0; i < span; i++) if (i < gapAt || i >= gapAt + gapLen || gapAt < 0) employerMonths.push(formatMonth(start + i));
  const agreements = [];
  let fra = start + int(-6, 12);
  for (let k = int(1, 3); k > 0; k--) {
    const open = k === 1 && rand() < 0.6;
    const til = fra + int(0, 48);
    agreements.push(open ? { avtalereferanse: `ref-${k}`, fraOgMed: formatMonth(fra) } : { avtalereferanse: `ref-${k}`, fraOgMed: formatMonth(fra), tilOgMed: formatMonth(til) });
    fra = til + int(1, 12);
  }
  return { employerMonths, agreements };
}

function queries(n: number): Array<[string, string]> {
  return Array.from({ length: n }, () => {
    const a = int(M(2019, 1), M(2027, 12));
    return [formatMonth(a), formatMonth(a + int(0, 23))] as [string, string]; // 1–24 months
  });
}

function checksPerSecond(label: string, minMs: number, check: (i: number) => number): number {
  let calls = 0, sink = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    for (let k = 0; k < 1000; k++, calls++) sink += check(calls);
    t = performance.now();
  }
  const rate = (calls * 2) / ((t - t0) / 1000); // each call does both gyldighet checks
  console.log(`${label.padEnd(34)} ${Math.round(rate).toLocaleString("en").padStart(12)} checks/s  (${calls * 2} checks, sink ${sink})`);
  return rate;
}

const N = 10_000;
const pairs = Array.from({ length: N }, typicalPair);
const qs = queries(4096);
let t = performance.now();
const compiled: CompiledPair[] = pairs.map(compile);
console.log(`compiled ${N} pairs in ${(performance.now() - t).toFixed(1)} ms`);

const fast = checksPerSecond("compiled engine", 2000, (i) => {
  const c = compiled[i % N], [fra, til] = qs[i & 4095];
  return (c.avtaleforholdGyldighet(fra, til).gyldig ? 1 : 0) + (c.virkningsperiodeGyldighet(fra, til).gyldig ? 1 : 0);
});
const ref = checksPerSecond("simple reference", 1500, (i) => {
  const p = pairs[i % N], [fra, til] = qs[i & 4095];
  return (refAvtaleforholdGyldighet(p, fra, til).gyldig ? 1 : 0) + (refVirkningsperiodeGyldighet(p, fra, til).gyldig ? 1 : 0);
});
console.log(`ratio compiled / reference          ${(fast / ref).toFixed(0)}x`);

// --- CLI end to end -------------------------------------------------------------------------
const dir = path.join(os.tmpdir(), "ajour-rules-bench");
mkdirSync(dir, { recursive: true });
const csv = path.join(dir, "employers.csv");
const EMPLOYERS = 100_000;
t = performance.now();
const fd = openSync(csv, "w");
let rows = 0, buf: string[] = ["opplysningspliktig,type,maaned,fraOgMed,tilOgMed,avtalereferanse"];
for (let e = 0; e < EMPLOYERS; e++) {
  const op = orgnr(e);
  const p = typicalPair();
  for (const m of p.employerMonths) buf.push(`${op},employer-month,${m},,,`);
  for (const a of p.agreements) buf.push(`${op},agreement,,${a.fraOgMed},${a.tilOgMed ?? ""},${a.avtalereferanse}`);
  rows += p.employerMonths.length + p.agreements.length;
  if (buf.length > 50_000) { writeFileSync(fd, buf.join("\n") + "\n"); buf = []; }
}
writeFileSync(fd, buf.join("\n") + "\n");
closeSync(fd);
console.log(`\ngenerated ${csv}: ${EMPLOYERS.toLocaleString("en")} employers, ${rows.toLocaleString("en")} rows, ${(statSync(csv).size / 1e6).toFixed(0)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s`);

/** A distinct valid org number per employer: 8-digit base 2e, or 2e+1 when 2e has no check digit. */
function orgnr(e: number): string {
  for (let base = 10_000_000 + 2 * e; ; base++) {
    const s = String(base), w = [3, 2, 7, 6, 5, 4, 3, 2];
    const r = w.reduce((sum, x, i) => sum + x * Number(s[i]), 0) % 11;
    if (r !== 1) return s + (r === 0 ? 0 : 11 - r);
  }
}

function timeCli(label: string, cmd: string[]) {
  const out = openSync("/dev/null", "w");
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...cmd, "check", csv, "--from", "2022-01", "--to", "2022-12"], { stdio: ["ignore", out, "pipe"], encoding: "utf8" });
  closeSync(out);
  const s = (performance.now() - t0) / 1000;
  console.log(`${label.padEnd(44)} ${s.toFixed(2)} s  (exit ${r.status}${r.stderr ? `, stderr: ${r.stderr.slice(0, 200)}` : ""})`);
}
const cliTs = path.resolve(__dirname, "../lib/rules/cli.ts");
timeCli("CLI end to end, node --import tsx cli.ts", ["--import", "tsx", cliTs]);
// The same CLI bundled once with esbuild (what a deployed tool would run): no TypeScript loader at start-up.
const bundle = path.join(dir, "rules-cli.cjs");
buildSync({ entryPoints: [cliTs], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: bundle, logLevel: "warning" });
timeCli("CLI end to end, bundled (node rules-cli.cjs)", [bundle]);
rmSync(dir, { recursive: true, force: true }); // 175 MB of generated data: not worth keeping
