// npm install runs `prisma -v` (the @prisma/client postinstall). Without DATABASE_URL the CLI's
// adapter is the embedded PGlite: opening an existing directory there kept the CLI from ever
// exiting, so a second `npm install` after `npm start` hung. The adapter must open lazily.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

describe("the Prisma CLI beside an existing embedded database", () => {
  it("prints its version and exits", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ajour-pglite-cli-"));
    // a directory left by a stopped server: written to, never closed
    const seed = `import { PGlite } from "@electric-sql/pglite"; const db = new PGlite(${JSON.stringify(dir)}); await db.query("CREATE TABLE existing (id int)"); process.exit(0);`;
    const made = spawnSync(process.execPath, ["--input-type=module", "-e", seed], { cwd: root, timeout: 60_000, encoding: "utf8" });
    expect(made.status, made.stderr).toBe(0);
    const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dir };
    delete env.DATABASE_URL;
    // a hang is the failure: give it far more than the ~2 s it takes
    const run = spawnSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "-v"], { cwd: root, env, timeout: 60_000, encoding: "utf8" });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.error, "prisma -v did not exit").toBeUndefined();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("pglite-prisma-adapter");
  });
});
