import { FACTORY_PASSWORD } from "./prisma/seed/factories";
import pg from "pg";
const BASE = "http://localhost:3401";
const c = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/ajour_bench" }); await c.connect();
const email = (await c.query(`SELECT email FROM "User" WHERE role='COORDINATOR' LIMIT 1`)).rows[0].email; await c.end();
const csrfRes = await fetch(`${BASE}/api/auth/csrf`);
const cookies = csrfRes.headers.getSetCookie().map((x) => x.split(";")[0]);
const { csrfToken } = await csrfRes.json();
const res = await fetch(`${BASE}/api/auth/callback/credentials`, { method: "POST", redirect: "manual", headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.join("; ") }, body: new URLSearchParams({ csrfToken, email, password: FACTORY_PASSWORD, json: "true" }) });
const session = res.headers.getSetCookie().map((x) => x.split(";")[0]).find((x) => x.startsWith("next-auth.session-token="))!;
const cookie = [...cookies, session].join("; ");
for (const path of [process.argv[2] ?? "/overview", "/api/health"]) {
  const times: number[] = [];
  for (let i = 0; i < 40; i++) { const t0 = performance.now(); const r = await fetch(BASE + path, { headers: { cookie } }); await r.text(); times.push(performance.now() - t0); }
  times.sort((a, b) => a - b);
  console.log(path, "median", times[20].toFixed(1), "min", times[0].toFixed(1));
}
