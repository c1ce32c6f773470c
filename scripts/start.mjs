// `npm start`: migrate → seed an empty database → build if the sources changed → next start.
// Migrations and seed run here, before the server, because PGlite is single-process.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { applyMigrations, openDatabase } from "./migrate.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
// .env is optional (see .env.example); Next reads it too, this makes migrate and seed agree.
if (fs.existsSync(".env")) process.loadEnvFile(".env");
process.env.NEXT_TELEMETRY_DISABLED = "1";
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (r.status !== 0) {
    console.error(`[start] ${what} failed (exit ${r.status}); the server was not started.`);
    process.exit(r.status || 1);
  }
}

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

function buildIsStale() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const sources = ["app", "components", "lib", "i18n", "messages", "next.config.js", "package-lock.json", "proxy.ts"];
  return Math.max(...sources.map((s) => newestMtime(path.join(root, s)))) > fs.statSync(buildId).mtimeMs;
}

// Sessions need a signing secret. On the embedded database (a demo or trial on one machine) a
// generated one is kept beside the data so sessions survive restarts, and the URL is localhost.
// On PostgreSQL (production, maybe several instances) both must be set explicitly: a generated
// secret would differ per instance and a guessed URL would put wrong links into invitations.
const port = process.env.PORT || "3000";
if (!process.env.DATABASE_URL) {
  process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
  if (!process.env.NEXTAUTH_SECRET) {
    const file = path.join(root, "data", "nextauth-secret");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  }
}

// `next start` runs with NODE_ENV=production: check the environment the way that server will.
const check = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-env.ts"], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production" },
});
if (check.status !== 0) process.exit(check.status || 1);

const db = await openDatabase();
try {
  const applied = await applyMigrations(db, { log: (l) => console.log(`[migrate] ${l}`) });
  console.log(`[migrate] ${db.kind}: ${applied.length ? `${applied.length} applied` : "up to date"}`);
} catch (error) {
  console.error(`[migrate] ${error.message}\n[start] Fix the migration and start again; the server was not started.`);
  process.exit(1);
} finally {
  await db.close();
}

run(process.execPath, ["--import", "tsx", "prisma/seed/run.ts"], "Seeding");
if (process.env.SKIP_BUILD !== "1" && buildIsStale()) run(bin("next"), ["build"], "next build");

console.log(`[start] Ajour on http://localhost:${port}`);
// Node closes an idle kept-alive connection after 5 s; a client (an institution's integration
// against the sandbox, a proxy, a test) that reuses it at that moment gets ECONNRESET. Idle
// connections stay open longer than common clients' and proxies' own idle timeouts instead.
const keepAliveMs = process.env.KEEP_ALIVE_TIMEOUT_MS ?? "65000";
// Server rendering allocates a lot of short-lived objects per page; V8's default young generation
// (16 MB semi-spaces) then collects so often that GC was ~15 % of a page's CPU. 64 MB semi-spaces
// cut it by a third and raised the overview's throughput ~20 % (bench:web), for ~100 MB more
// memory. SEMI_SPACE_MB overrides; a --max-semi-space-size in NODE_OPTIONS wins.
const semiSpaceMb = process.env.SEMI_SPACE_MB ?? "64";
const nodeOptions = process.env.NODE_OPTIONS ?? "";
const serverEnv = {
  ...process.env,
  NODE_OPTIONS: nodeOptions.includes("--max-semi-space-size") ? nodeOptions : `${nodeOptions} --max-semi-space-size=${semiSpaceMb}`.trim(),
};
// The TCP peer's address for sign-in limits (scripts/client-address.mjs; TRUSTED_PROXY_HOPS in README).
const clientAddressPreload = `--import=${pathToFileURL(path.join(root, "scripts", "client-address.mjs")).href}`;
serverEnv.NODE_OPTIONS = `${serverEnv.NODE_OPTIONS} ${clientAddressPreload}`;
const server = spawn(bin("next"), ["start", "-p", port, "--keepAliveTimeout", keepAliveMs], { stdio: "inherit", env: serverEnv });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
