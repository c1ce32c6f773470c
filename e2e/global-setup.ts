import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { E2E_DATABASE_URL, FIXTURES_FILE } from "./config";

/** Migrates (idempotent, locked, so it may race the web server's start) and stores this run's data. */
export default function globalSetup() {
  const env = { ...process.env, DATABASE_URL: E2E_DATABASE_URL };
  execFileSync(process.execPath, [path.join("scripts", "migrate.mjs")], { env, stdio: "inherit" });
  fs.mkdirSync(path.dirname(FIXTURES_FILE), { recursive: true });
  const json = execFileSync(process.execPath, ["--import", "tsx", path.join("e2e", "fixtures", "seed-e2e.ts")], {
    env,
    encoding: "utf8",
  });
  fs.writeFileSync(FIXTURES_FILE, json);
}
