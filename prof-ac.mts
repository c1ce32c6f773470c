import { load } from "./bench/http-load";
const cookie = process.env.COOKIE!;
const base = "http://localhost:3401";
for (const p of ["/api/health", ...process.argv.slice(2)]) {
  const r = await load(p, { url: base + p, headers: { cookie } }, { duration: 8 });
  console.log(p.padEnd(40), "p50", r.p50.toFixed(0), "p95", r.p95.toFixed(0), "rps", r.rps.toFixed(0), "non2xx", r.non2xx);
}
