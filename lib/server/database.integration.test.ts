import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, listMigrations } from "../../scripts/migrate.mjs";
import { DEMO_INSTITUTIONS, DEMO_PORTFOLIO_SIZE, seedDemoIfEmpty } from "../../prisma/seed/demo";
import { SYSTEM_ACTOR } from "../format/person";
import { seedInstitution, uniqueOrgnr } from "../../prisma/seed/factories";
import { isValidOrgnr } from "../onboarding/orgnr";
import { avtaleforholdGyldighet } from "../rules";
import { loadPair } from "./sandbox/store";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "./testing/test-databases";

const kinds = await testDatabaseKinds();

describe.each(kinds)("database layer on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("records every migration as applied, and a second run applies nothing", async () => {
    const rows = await t.prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(listMigrations().map((m) => m.name));
    const raw = await t.raw();
    try {
      expect(await applyMigrations(raw)).toEqual([]);
    } finally {
      await raw.close();
    }
  });

  it("seeds the demo into an empty database once and never again", async () => {
    expect(await seedDemoIfEmpty(t.prisma)).toBe(true);
    const names = (await t.prisma.institution.findMany({ orderBy: { name: "asc" } })).map((i) => i.name);
    // the four demo institutions with logins, and the portfolio's institutions with history
    expect(names).toEqual(expect.arrayContaining(DEMO_INSTITUTIONS.map((d) => d.name)));
    expect(names).toHaveLength(DEMO_INSTITUTIONS.length + DEMO_PORTFOLIO_SIZE);
    // Vidde's sandbox holds documented example 1 and its panel a saved scenario (example 2).
    const vidde = await t.prisma.institution.findUniqueOrThrow({ where: { orgnr: "923609016" } });
    const pair = await loadPair(t.prisma, vidde.id, "974760673");
    expect(avtaleforholdGyldighet(pair, "2022-01", "2022-12")).toEqual({
      gyldig: false,
      maanederUtenGyldigAvtaleforhold: { maaned: ["2022-01", "2022-02", "2022-06", "2022-07", "2022-08", "2022-11", "2022-12"] },
    });
    expect(await t.prisma.testScenario.findMany({ where: { institutionId: vidde.id }, select: { name: true } })).toEqual([{ name: "Eksempel 2: arbeidsgiveren rapporterer med hull" }]);
    // the demo's history names real people: every audit actor is a demo user (a login, or a
    // portfolio institution's main contact) or the system for the first admin, never "seed";
    // every step row knows who changed it
    const logins = new Set((await t.prisma.user.findMany({ select: { email: true } })).map((u) => u.email));
    const actors = (await t.prisma.auditEvent.findMany({ distinct: ["actor"], select: { actor: true } })).map((e) => e.actor);
    expect(actors.filter((a) => !logins.has(a) && a !== SYSTEM_ACTOR)).toEqual([]);
    expect(await t.prisma.institutionStep.count({ where: { updatedById: null } })).toBe(0);
    const c4 = await t.prisma.auditEvent.findFirstOrThrow({ where: { subject: `step:${vidde.id}:C-4` } });
    expect(c4.actor).toBe("vidde@demo.ajour.no"); // the institution's own step: its owner
    const b5 = await t.prisma.auditEvent.findFirstOrThrow({ where: { subject: `step:${vidde.id}:B-5` } });
    expect(b5.actor).toBe("koordinator@demo.ajour.no"); // Bits' step: the coordinator
    const renamed = await t.prisma.institution.update({
      where: { orgnr: DEMO_INSTITUTIONS[0].orgnr },
      data: { name: "Endret navn" },
    });
    expect(await seedDemoIfEmpty(t.prisma)).toBe(false);
    expect(await t.prisma.institution.count()).toBe(DEMO_INSTITUTIONS.length + DEMO_PORTFOLIO_SIZE);
    expect((await t.prisma.institution.findUniqueOrThrow({ where: { id: renamed.id } })).name).toBe("Endret navn");
  });

  it("demo org numbers are modulus-11 valid", () => {
    for (const d of DEMO_INSTITUTIONS) expect(isValidOrgnr(d.orgnr)).toBe(true);
  });

  it("seedInstitution makes unique institutions with a creation audit event", async () => {
    const a = await seedInstitution(t.prisma);
    const b = await seedInstitution(t.prisma, { blpMember: true });
    expect(a.orgnr).not.toBe(b.orgnr);
    expect(isValidOrgnr(a.orgnr)).toBe(true);
    const events = await t.prisma.auditEvent.findMany({ where: { institutionId: a.id } });
    expect(events.map((e) => e.action)).toEqual(["institution.create"]);
  });

  it("refuses a duplicate org number and a malformed one", async () => {
    const orgnr = uniqueOrgnr();
    await seedInstitution(t.prisma, { orgnr });
    await expect(seedInstitution(t.prisma, { orgnr })).rejects.toThrow();
    await expect(
      t.prisma.institution.create({ data: { orgnr: "12345678X", name: "Feil" } }),
    ).rejects.toThrow();
  });

  it("keeps the audit trail append-only", async () => {
    const inst = await seedInstitution(t.prisma);
    const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { institutionId: inst.id } });
    await expect(t.prisma.auditEvent.update({ where: { id: event.id }, data: { action: "x" } })).rejects.toThrow(/append-only/);
    await expect(t.prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    expect((await t.prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe("institution.create");
  });
});

describe.each(kinds)("a failing migration on %s", (kind) => {
  it("stops with a clear message and changes nothing", async () => {
    const t = await openFreshDatabase(kind);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ajour-migrations-"));
    try {
      fs.cpSync(path.join(process.cwd(), "prisma", "migrations"), dir, { recursive: true });
      fs.mkdirSync(path.join(dir, "29990101000000_broken"));
      fs.writeFileSync(
        path.join(dir, "29990101000000_broken", "migration.sql"),
        `CREATE TABLE "WouldBeCreated" (id INT);\nALTER TABLE "DoesNotExist" ADD COLUMN x INT;\n`,
      );
      const raw = await t.raw();
      try {
        await expect(applyMigrations(raw, { dir })).rejects.toThrow(/29990101000000_broken failed and was rolled back/);
        const tables = await raw.rows(`SELECT table_name FROM information_schema.tables WHERE table_name = 'WouldBeCreated'`);
        expect(tables).toEqual([]);
        const recorded = await raw.rows(`SELECT migration_name FROM "_prisma_migrations" WHERE migration_name LIKE '2999%'`);
        expect(recorded).toEqual([]);
      } finally {
        await raw.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await t.close();
    }
  });
});
