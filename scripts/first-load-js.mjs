#!/usr/bin/env node
// First-load JavaScript per main page of a production build (`npm run build` first), gzip-compressed
// as a browser receives it: the runtime chunks every page loads (build-manifest `rootMainFiles`) plus
// the chunks of the route's segments (layout, error and not-found boundaries, page) from the route's
// client reference manifest (`entryJSFiles`). CSS is printed apart. Figures are a benchmark, never
// an assertion.
//
//   node scripts/first-load-js.mjs [path/to/.next] [--json]
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const json = args.includes("--json");
const dir = path.resolve(args.find((a) => !a.startsWith("--")) ?? ".next");

export const MAIN_PAGES = [
  "/sign-in",
  "/page",
  "/overview",
  "/institutions/[id]",
  "/institutions/[id]/steps/[key]",
  "/bits-queue",
  "/activity",
  "/audit",
  "/admin/users",
  "/account",
  "/test-panel",
  "/institutions/[id]/test-panel",
  "/institutions/[id]/sandbox",
  "/sandbox-docs",
];

if (!existsSync(path.join(dir, "build-manifest.json"))) {
  console.error(`No production build in ${dir}: run \`npm run build\` first.`);
  process.exit(1);
}

const buildManifest = JSON.parse(readFileSync(path.join(dir, "build-manifest.json"), "utf8"));
const gz = new Map();
function gzipSize(file) {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length);
  return gz.get(file);
}

/** The route's client reference manifest, read the way Next reads it (it assigns a global). */
function routeManifest(route) {
  const seg = route === "/page" ? "page" : `${route.slice(1)}/page`;
  const file = path.join(dir, "server", "app", `${seg}_client-reference-manifest.js`);
  if (!existsSync(file)) return null;
  const sandbox = { globalThis: {} };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  const all = sandbox.__RSC_MANIFEST ?? {};
  return all[route === "/page" ? "/page" : `${route}/page`] ?? Object.values(all)[0];
}

const root = buildManifest.rootMainFiles ?? [];
const rows = [];
for (const route of MAIN_PAGES) {
  const m = routeManifest(route);
  if (!m) {
    rows.push({ route, missing: true });
    continue;
  }
  const js = new Set(root);
  for (const files of Object.values(m.entryJSFiles ?? {})) for (const f of files) js.add(f.replace(/^\//, ""));
  const css = new Set();
  for (const files of Object.values(m.entryCSSFiles ?? {})) for (const f of files) if (!f.inlined) css.add(f.path);
  const sum = (set) => [...set].reduce((n, f) => n + gzipSize(f), 0);
  rows.push({ route: route === "/page" ? "/" : route, jsGzipKb: +(sum(js) / 1024).toFixed(1), cssGzipKb: +(sum(css) / 1024).toFixed(1), chunks: js.size });
}

if (json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log(`First-load JavaScript (gzip) per page, build in ${dir}`);
  console.log(`${"page".padEnd(34)}${"JS kB".padStart(8)}${"CSS kB".padStart(8)}${"chunks".padStart(8)}`);
  for (const r of rows) {
    if (r.missing) console.log(`${r.route.padEnd(34)}  (not in this build)`);
    else console.log(`${r.route.padEnd(34)}${r.jsGzipKb.toFixed(1).padStart(8)}${r.cssGzipKb.toFixed(1).padStart(8)}${String(r.chunks).padStart(8)}`);
  }
}
