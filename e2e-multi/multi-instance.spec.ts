// Two app instances from one build on one PostgreSQL database behind a load balancer (see
// global-setup.ts): whatever instance answers, a person sees one application.
import fs from "node:fs";
import path from "node:path";
import { queryDatabase } from "../e2e/access/db";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "../e2e/test";
import { FIXTURES_FILE, INSTANCE_HEADER, LOG_DIR, MULTI_DATABASE_URL, SANDBOX_LIMIT, SERVED_BY_HEADER } from "./config";

type Instance = "a" | "b";

/** The migrations on disk (Playwright's loader cannot import scripts/migrate.mjs). */
const listMigrations = () =>
  fs
    .readdirSync(path.join("prisma", "migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join("prisma", "migrations", d.name, "migration.sql")))
    .map((d) => ({ name: d.name }))
    .sort((x, y) => (x.name < y.name ? -1 : 1));

interface MultiFixtures {
  password: string;
  institution: { id: string; name: string };
  owner: string;
  coordinator: string;
  sandboxToken: string;
  sandboxOrgnr: string;
  signInLimit: { alternating: string; single: string };
  demo: { orgnrs: string[]; logins: number };
}
const f = (): MultiFixtures => JSON.parse(fs.readFileSync(FIXTURES_FILE, "utf8")) as MultiFixtures;

const query = <T>(sql: string, params: unknown[] = []) => queryDatabase<T>(MULTI_DATABASE_URL, sql, params);
const count = async (sql: string, params: unknown[] = []) => (await query<{ n: number }>(sql, params))[0].n;

/** Every following request of this page's browser context (and its `request`) goes to `which`. */
async function routeTo(page: Page, which: Instance) {
  await page.context().setExtraHTTPHeaders({ [INSTANCE_HEADER]: which });
}

async function signIn(request: APIRequestContext, which: Instance, email: string, password: string): Promise<{ status: number; error: string | null }> {
  const headers = { [INSTANCE_HEADER]: which };
  const csrf = await (await request.get("/api/auth/csrf", { headers })).json();
  const res = await request.post("/api/auth/callback/credentials", {
    headers,
    form: { csrfToken: csrf.csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  expect(res.headers()[SERVED_BY_HEADER]).toBe(which);
  const body = (await res.json().catch(() => ({}))) as { url?: string };
  return { status: res.status(), error: body.url ? new URL(body.url).searchParams.get("error") : null };
}

test("two first starts at the same moment on an empty database migrated and seeded exactly once", async () => {
  const logs = ["a", "b"].map((w) => fs.readFileSync(path.join(LOG_DIR, `instance-${w}.log`), "utf8"));
  const migrations = listMigrations();
  // each migration was applied by exactly one of the two starts; the other found it done
  for (const m of migrations) expect(logs.filter((l) => l.includes(`[migrate] applied ${m.name}`))).toHaveLength(1);
  expect(logs.filter((l) => l.includes("[seed] demo data created"))).toHaveLength(1);
  expect(logs.filter((l) => l.includes("[seed] database has data; demo seed skipped"))).toHaveLength(1);
  const rows = await query<{ migration_name: string; n: number }>(
    `SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY 1 ORDER BY 1`,
  );
  expect(rows).toEqual(migrations.map((m) => ({ migration_name: m.name, n: 1 })));
  const { demo } = f();
  expect(await count(`SELECT count(*)::int AS n FROM "Institution" WHERE orgnr = ANY($1)`, [demo.orgnrs])).toBe(demo.orgnrs.length);
  expect(await count(`SELECT count(*)::int AS n FROM "User" WHERE email LIKE '%@demo.ajour.no'`)).toBe(demo.logins);
  expect(await count(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'institution.create' AND "institutionId" IN (SELECT id FROM "Institution" WHERE orgnr = ANY($1))`, [demo.orgnrs])).toBe(demo.orgnrs.length);
});

test("a session signed in on one instance works on the other", async ({ page }) => {
  await routeTo(page, "a");
  await page.goto("/sign-in");
  await page.getByLabel("E-post").fill("koordinator@demo.ajour.no");
  await page.getByLabel("Passord").fill("ajour-demo-2026");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByText("Innlogget som Kari Koordinator")).toBeVisible();
  await routeTo(page, "b");
  const response = await page.goto("/overview");
  expect(response?.headers()[SERVED_BY_HEADER]).toBe("b");
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt over påkoblingen" })).toBeVisible();
  await expect(page.getByText("Innlogget som Kari Koordinator")).toBeVisible();
});

test("a form served by one instance is posted to the other, and the saved step shows at once on both overviews", async ({ page, browser }) => {
  const { institution, owner, coordinator, password } = f();
  // the coordinator's overview on each instance, before the change: both caches hold the row
  const bits = await (await browser.newContext()).newPage();
  await routeTo(bits, "a");
  expect((await signIn(bits.request, "a", coordinator, password)).error).toBeNull();
  const overviewRow = () => bits.getByRole("row").filter({ has: bits.getByRole("rowheader", { name: new RegExp(institution.name) }) });
  for (const which of ["a", "b"] as const) {
    await routeTo(bits, which);
    const r = await bits.goto(`/overview?q=${encodeURIComponent(institution.name)}`);
    expect(r?.headers()[SERVED_BY_HEADER]).toBe(which);
    await expect(overviewRow().getByText("Ikke startet", { exact: true })).toBeVisible();
  }

  // the owner's step page comes from instance a; the save (the form's server action) goes to b
  await routeTo(page, "a");
  expect((await signIn(page.request, "a", owner, password)).error).toBeNull();
  const served = await page.goto(`/institutions/${institution.id}/steps/A-1`);
  expect(served?.headers()[SERVED_BY_HEADER]).toBe("a");
  await routeTo(page, "b");
  await page.getByLabel("Ny status").selectOption({ label: "Pågår" });
  const posted = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes(`/steps/A-1`));
  await page.getByRole("button", { name: "Lagre" }).click();
  const post = await posted;
  expect(post.headers()[SERVED_BY_HEADER]).toBe("b");
  expect(post.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "Endringene er lagret." })).toBeVisible();
  expect(await query(`SELECT status FROM "InstitutionStep" WHERE "institutionId" = $1 AND "stepKey" = 'A-1'`, [institution.id])).toEqual([{ status: "IN_PROGRESS" }]);

  // both instances' overviews show it at once (each one's cache is keyed by the database's revision)
  for (const which of ["a", "b"] as const) {
    await routeTo(bits, which);
    const r = await bits.goto(`/overview?q=${encodeURIComponent(institution.name)}`);
    expect(r?.headers()[SERVED_BY_HEADER]).toBe(which);
    await expect(overviewRow().getByText("Pågår", { exact: true })).toBeVisible();
    await expect(overviewRow().getByText("Ikke startet", { exact: true })).toHaveCount(0);
  }
  await bits.context().close();
});

test("the sandbox rate limit is shared: requests to both instances count against one limit", async ({ request }) => {
  const token = f().sandboxToken;
  const statuses: Record<Instance, number[]> = { a: [], b: [] };
  // alternate a, b, a, b …: twice the limit in all, so each instance alone would allow them all
  for (let i = 0; i < 2 * SANDBOX_LIMIT; i++) {
    const which: Instance = i % 2 === 0 ? "a" : "b";
    const res = await request.get(`/api/sandbox/tjenestepensjonsavtale/v1/nav/avtaleforhold/gyldighet?opplysningspliktig=974760673&pensjonsinnretning=${f().sandboxOrgnr}&fraOgMed=2022-01&tilOgMed=2022-12`, {
      headers: { Authorization: `Bearer ${token}`, [INSTANCE_HEADER]: which },
    });
    expect(res.headers()[SERVED_BY_HEADER]).toBe(which);
    statuses[which].push(res.status());
  }
  const all = [...statuses.a, ...statuses.b];
  expect(all.filter((s) => s !== 200 && s !== 429)).toEqual([]);
  expect(all.filter((s) => s !== 429)).toHaveLength(SANDBOX_LIMIT);
  expect(all.filter((s) => s === 429)).toHaveLength(SANDBOX_LIMIT);
  // both instances refused: each saw the other's requests
  expect(statuses.a).toContain(429);
  expect(statuses.b).toContain(429);
});

test("sign-in failures on both instances count against one limit", async ({ playwright }) => {
  // the same client (one request context) and the same account, alternating instances; then the
  // same on a fresh account against one instance only: both are limited after the same number
  // of failures, which they could not be if each instance counted for itself
  const failuresUntilLimited = async (email: string, pattern: Instance[]) => {
    const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    try {
      for (let i = 0; i < 40; i++) {
        const { error } = await signIn(request, pattern[i % pattern.length], email, "feil-passord-0000");
        expect(error).not.toBeNull();
        if (error !== "CredentialsSignin") return i; // refused without checking the password
      }
      throw new Error("never limited");
    } finally {
      await request.dispose();
    }
  };
  const { alternating, single } = f().signInLimit;
  const across = await failuresUntilLimited(alternating, ["a", "b"]);
  const alone = await failuresUntilLimited(single, ["a"]);
  expect(across).toBeGreaterThan(1); // the limit is not 0 or 1: both instances answered failures
  expect(across).toBe(alone);
});
