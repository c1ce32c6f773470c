// The demo seed is one transaction: a first start interrupted midway leaves the database empty
// (not half-seeded with logins that can never sign in), and the next start seeds it fully. Of two
// first starts at once on PostgreSQL exactly one seeds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../../lib/server/testing/test-databases";
import { DEMO_INSTITUTIONS, DEMO_LOGINS, DEMO_PORTFOLIO_SIZE, demoWanted, seedDemoIfEmpty } from "./demo";

const kinds = await testDatabaseKinds();
const TABLES = ["Institution", "User", "Membership", "AuditEvent", "InstitutionStep", "SandboxAgreement", "SandboxEmployerMonths", "TestScenario"];

async function counts(t: TestDatabase): Promise<Record<string, number>> {
  const raw = await t.raw();
  try {
    const out: Record<string, number> = {};
    for (const table of TABLES) out[table] = Number((await raw.rows(`SELECT count(*)::int AS n FROM "${table}"`))[0].n);
    return out;
  } finally {
    await raw.close();
  }
}

describe.each(kinds)("demo seed on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("a seed that fails midway leaves the database empty, and a retry seeds it fully", async () => {
    const raw = await t.raw();
    try {
      // the checklist progress is written after the institutions, their owners and Vidde's sandbox data
      await raw.exec(`CREATE FUNCTION seed_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$;
        CREATE TRIGGER seed_test_fail BEFORE INSERT ON "InstitutionStep" FOR EACH ROW EXECUTE FUNCTION seed_test_fail();`);
      await expect(seedDemoIfEmpty(t.prisma)).rejects.toThrow(/injected failure/);
      expect(Object.values(await counts(t)).every((n) => n === 0), JSON.stringify(await counts(t))).toBe(true);
      await raw.exec(`DROP TRIGGER seed_test_fail ON "InstitutionStep"; DROP FUNCTION seed_test_fail();`);
    } finally {
      await raw.close();
    }
    expect(await seedDemoIfEmpty(t.prisma)).toBe(true);
    const after = await counts(t);
    expect(after.Institution).toBe(DEMO_INSTITUTIONS.length + DEMO_PORTFOLIO_SIZE);
    // the portfolio's main contacts have no password: the logins are exactly the documented ones
    expect(after.User).toBe(DEMO_LOGINS.length + DEMO_PORTFOLIO_SIZE);
    expect(after.InstitutionStep).toBeGreaterThan(0);
    expect(after.TestScenario).toBe(1);
    expect((await t.prisma.user.findMany({ where: { passwordHash: { not: null } }, select: { email: true }, orderBy: { email: "asc" } })).map((u) => u.email)).toEqual(DEMO_LOGINS.map((l) => l.email).sort());
    // two years of history: some institutions in production, most with a responsible coordinator, a few without
    const inProduction = await t.prisma.institutionStep.count({ where: { stepKey: "D-1", status: "DONE" } });
    expect(inProduction).toBeGreaterThan(3);
    const unassigned = await t.prisma.institution.count({ where: { responsibleCoordinatorId: null } });
    expect(unassigned).toBeGreaterThanOrEqual(1);
    expect(unassigned).toBeLessThanOrEqual(3);
    expect(after.AuditEvent).toBeGreaterThan(1000);
  });
});

describe.runIf(kinds.includes("postgresql"))("two first starts at once on PostgreSQL", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openFreshDatabase("postgresql");
  });
  afterAll(async () => {
    await t?.close();
  });

  it("exactly one seeds the demo; the other finds it and skips", async () => {
    const other = createPrismaClient({ databaseUrl: t.env.DATABASE_URL, pgliteDir: "" });
    try {
      const results = await Promise.all([seedDemoIfEmpty(t.prisma), seedDemoIfEmpty(other)]);
      expect(results.sort()).toEqual([false, true]);
    } finally {
      await other.$disconnect();
    }
    expect(await t.prisma.institution.count()).toBe(DEMO_INSTITUTIONS.length + DEMO_PORTFOLIO_SIZE);
    expect(await t.prisma.user.count()).toBe(DEMO_LOGINS.length + DEMO_PORTFOLIO_SIZE);
  });
});

describe("when a start seeds the demo", () => {
  it("always on the embedded database, on PostgreSQL only with AJOUR_DEMO=1; AJOUR_DEMO=0 turns it off", () => {
    const pg = "postgresql://db.example/ajour";
    expect(demoWanted({})).toBe(true);
    expect(demoWanted({ AJOUR_DEMO: "0" })).toBe(false);
    expect(demoWanted({ DATABASE_URL: pg })).toBe(false);
    expect(demoWanted({ DATABASE_URL: pg, AJOUR_DEMO: "1" })).toBe(true);
    expect(demoWanted({ DATABASE_URL: pg, AJOUR_DEMO: "0" })).toBe(false);
  });
});
