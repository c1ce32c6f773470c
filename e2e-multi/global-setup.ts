// Two first starts at the same moment on an EMPTY database: both `node scripts/start.mjs` (one
// build, SKIP_BUILD=1, AJOUR_DEMO=1, one secret) migrate and seed, and must do so exactly once.
// Their output is kept in test-results/multi-instance/ for the spec to read. A load balancer in
// front of them sends each request to the instance named by the x-ajour-instance header.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { FIXTURES_FILE, INSTANCE_HEADER, INSTANCE_PORTS, LOG_DIR, MULTI_ACTIONS_KEY, MULTI_DATABASE_URL, MULTI_SECRET, PROXY_PORT, PUBLIC_URL, SANDBOX_LIMIT, SERVED_BY_HEADER } from "./config";
import { recreatePostgresDatabase } from "../lib/server/testing/recreate-database";

const recreateDatabase = recreatePostgresDatabase;

async function waitHealthy(port: number, server: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`instance on ${port} exited with ${server.exitCode}; see ${LOG_DIR}`);
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`instance on ${port} did not become healthy in ${timeoutMs / 1000} s; see ${LOG_DIR}`);
}

function loadBalancer(): http.Server {
  return http.createServer((req, res) => {
    const which = req.headers[INSTANCE_HEADER] === "b" ? "b" : "a";
    const upstream = http.request(
      { host: "127.0.0.1", port: INSTANCE_PORTS[which], method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, [SERVED_BY_HEADER]: which });
        answer.pipe(res);
      },
    );
    upstream.on("error", (error) => {
      if (!res.headersSent) res.writeHead(502, { [SERVED_BY_HEADER]: which });
      res.end(String(error));
    });
    req.pipe(upstream);
  });
}

export default async function globalSetup() {
  fs.rmSync(LOG_DIR, { recursive: true, force: true });
  fs.mkdirSync(LOG_DIR, { recursive: true });
  await recreateDatabase(MULTI_DATABASE_URL);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: MULTI_DATABASE_URL,
    NEXTAUTH_SECRET: MULTI_SECRET,
    NEXTAUTH_URL: PUBLIC_URL,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: MULTI_ACTIONS_KEY,
    AJOUR_DEMO: "1",
    SANDBOX_RATE_LIMIT_PER_MINUTE: String(SANDBOX_LIMIT),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  Reflect.deleteProperty(env, "NODE_ENV");
  // One build for both (npm test runs this after the main Playwright run, which built it).
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) {
    const build = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit", env });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const servers = (["a", "b"] as const).map((which) => {
    const log = fs.openSync(path.join(LOG_DIR, `instance-${which}.log`), "w");
    return spawn(process.execPath, ["scripts/start.mjs"], {
      env: { ...env, PORT: String(INSTANCE_PORTS[which]), SKIP_BUILD: "1" },
      stdio: ["ignore", log, log],
      detached: true, // its own process group: teardown ends start.mjs and its next server
    });
  });
  const proxy = loadBalancer();
  const stop = async () => {
    for (const s of servers) {
      try {
        if (s.pid && s.exitCode === null) process.kill(-s.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
    }
    await new Promise((r) => proxy.close(r));
  };
  try {
    await new Promise<void>((resolve, reject) => proxy.listen(PROXY_PORT, resolve).on("error", reject));
    // migrate, seed, start: several minutes on a loaded 2-core machine
    await Promise.all(servers.map((s, i) => waitHealthy(Object.values(INSTANCE_PORTS)[i], s, 300_000)));
    // the spec's own data, after the demo seed (which only seeds an empty database)
    const json = execFileSync(process.execPath, ["--import", "tsx", path.join("e2e-multi", "seed-multi.ts")], { env, encoding: "utf8" });
    fs.writeFileSync(FIXTURES_FILE, json);
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}
