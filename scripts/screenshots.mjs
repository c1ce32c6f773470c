// Full-page screenshots of Ajour's main pages, at 1280 and 390 px, in nb and en.
//
// Usage (the app must already run on the demo seed, e.g. `PORT=3241 npm start`):
//   npm run screenshots -- [--base http://localhost:3241] [--out screenshots/after]
//                          [--worktree <checkout whose node_modules to use>] [--pages sign-in,overview,...]
//                              [--widths 1280,390] [--locales nb,en] [--browser-locale match]
// --browser-locale match: the browser itself speaks the page's language (nb-NO / en-GB); Ajour's
// date fields follow the page either way (components/forms/date-input.tsx).
// Files: <out>/<page>-<width>-<locale>.png. Pages (names for --pages):
//   sign-in, overview, institution (Vidde), step-c4 (Vidde C-4), step-a2 (Vidde A-2), bits-queue,
//   activity, institution-activity, audit, test-panel, institution-test-panel (Vidde), sandbox (Vidde),
//   sandbox-docs, start-owner, start-supplier, institution-supplier, step-c4-owner, edit-owner (as
//   Vidde's owner or the supplier's staff), admin-users
// Signs in as the demo coordinator (koordinator@demo.ajour.no / ajour-demo-2026) except for
// sign-in; the sandbox docs are also shot as Vidde's owner (sandbox-docs-owner), whose org number
// they fill in. Playwright comes from the worktree's node_modules; the browser is /usr/bin/chromium.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const base = args.base ?? "http://localhost:3241";
const out = args.out ?? "screenshots";
const worktree = args.worktree ?? process.cwd();
const widths = (args.widths ?? "1280,390").split(",").map(Number);
const locales = (args.locales ?? "nb,en").split(",");
const only = args.pages ? new Set(args.pages.split(",")) : null;
const matchBrowserLocale = args["browser-locale"] === "match";
const PASSWORD = "ajour-demo-2026";

const require = createRequire(path.join(worktree, "package.json"));
const { chromium } = require("@playwright/test");

fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});

async function context(locale, width, email) {
  const ctx = await browser.newContext({
    viewport: { width, height: 900 },
    baseURL: base,
    ...(matchBrowserLocale ? { locale: locale === "en" ? "en-GB" : "nb-NO" } : {}),
  });
  await ctx.addCookies([{ name: "NEXT_LOCALE", value: locale, url: base }]);
  if (email) {
    const csrf = await (await ctx.request.get("/api/auth/csrf")).json();
    const res = await ctx.request.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf.csrfToken, email, password: PASSWORD, json: "true" },
    });
    if (!res.ok()) throw new Error(`sign-in as ${email} failed: ${res.status()}`);
  }
  return ctx;
}

async function viddeId(ctx) {
  const page = await ctx.newPage();
  await page.goto("/overview");
  const href = await page.getByRole("link", { name: /Vidde Tjenestepensjon/ }).first().getAttribute("href");
  await page.close();
  const m = /\/institutions\/([^/?#]+)/.exec(href ?? "");
  if (!m) throw new Error("Vidde's institution link not found on /overview");
  return m[1];
}

const pages = (vidde) => [
  { name: "sign-in", path: "/sign-in", as: null },
  { name: "overview", path: "/overview" },
  { name: "institution", path: `/institutions/${vidde}` },
  { name: "step-c4", path: `/institutions/${vidde}/steps/C-4` },
  { name: "step-a2", path: `/institutions/${vidde}/steps/A-2` },
  { name: "bits-queue", path: "/bits-queue" },
  { name: "activity", path: "/activity" },
  { name: "institution-activity", path: `/institutions/${vidde}/activity` },
  { name: "audit", path: "/audit" },
  { name: "test-panel", path: "/test-panel" },
  { name: "institution-test-panel", path: `/institutions/${vidde}/test-panel` },
  { name: "sandbox", path: `/institutions/${vidde}/sandbox` },
  { name: "sandbox-docs", path: "/sandbox-docs" },
  { name: "sandbox-docs-owner", path: "/sandbox-docs", as: "vidde@demo.ajour.no" },
  // each role's start page (issue 13): the owner lands on their institution, the supplier's staff on their list
  { name: "start-owner", path: "/", as: "vidde@demo.ajour.no" },
  { name: "start-supplier", path: "/", as: "leverandor@demo.ajour.no" },
  { name: "institution-supplier", path: `/institutions/${vidde}`, as: "leverandor@demo.ajour.no" },
  { name: "step-c4-owner", path: `/institutions/${vidde}/steps/C-4`, as: "vidde@demo.ajour.no" },
  { name: "edit-owner", path: `/institutions/${vidde}/edit`, as: "vidde@demo.ajour.no" },
  { name: "admin-users", path: "/admin/users" },
  { name: "step-b7-supplier", path: `/institutions/${vidde}/steps/B-7`, as: "leverandor@demo.ajour.no" },
  { name: "step-c2-owner", path: `/institutions/${vidde}/steps/C-2`, as: "vidde@demo.ajour.no" },
  { name: "integration-test-owner", path: `/institutions/${vidde}/integration-test`, as: "vidde@demo.ajour.no" },
  { name: "institution-owner", path: `/institutions/${vidde}`, as: "vidde@demo.ajour.no" },
  { name: "dashboard", path: "/dashboard" },
  { name: "insights", path: "/insights" },
  { name: "timelines", path: "/timelines" },
  { name: "institution-timeline", path: `/institutions/${vidde}/timeline` },
  { name: "notifications", path: "/notifications" },
  { name: "notification-preferences", path: "/account/notifications", as: "vidde@demo.ajour.no" },
];

let vidde = null;
for (const locale of locales) {
  for (const width of widths) {
    const contexts = new Map();
    const ctxFor = async (email) => {
      if (!contexts.has(email)) contexts.set(email, await context(locale, width, email));
      return contexts.get(email);
    };
    const coordinator = await ctxFor("koordinator@demo.ajour.no");
    vidde ??= await viddeId(coordinator);
    for (const p of pages(vidde)) {
      if (only && !only.has(p.name)) continue;
      const email = p.as === undefined ? "koordinator@demo.ajour.no" : p.as;
      const page = await (await ctxFor(email)).newPage();
      const res = await page.goto(p.path, { waitUntil: "networkidle" });
      await page.waitForSelector("html[data-hydrated]", { timeout: 15000 }).catch(() => {});
      const file = path.join(out, `${p.name}-${width}-${locale}.png`);
      await page.screenshot({ path: file, fullPage: true });
      const h = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`${res?.status()} ${file} (${h} px high)`);
      await page.close();
    }
    for (const c of contexts.values()) await c.close();
  }
}
await browser.close();
