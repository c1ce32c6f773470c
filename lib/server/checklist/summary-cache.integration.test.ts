// The overview's per-institution cache must never show stale data: every kind of write that
// changes a row (step change through the use-case, direct SQL, comment, profile edit, a new day)
// misses the cache, and nothing else does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedInstitution } from "../../../prisma/seed/factories";
import { ZOverviewFilterSchema } from "../../validation/checklist";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { addStepComment } from "./add-step-comment";
import { listOverview } from "./list-overview";
import { institutionDigestsDerived } from "./summary-cache";
import { coordinator, institutionWithMember, type TTestActor } from "./test-helpers";
import { updateStep } from "./update-step";

const kinds = await testDatabaseKinds();
const TODAY = "2026-11-26";

describe.each(kinds)("overview summary cache on %s", (kind) => {
  let t: TestDatabase;
  let bits: TTestActor;
  let subject: Awaited<ReturnType<typeof institutionWithMember>>;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    bits = await coordinator(t.prisma);
    subject = await institutionWithMember(t.prisma, { name: "Cache Pensjon" });
    for (let i = 0; i < 4; i++) await seedInstitution(t.prisma, { name: `Annen Pensjon ${i}` });
  });
  afterAll(async () => t?.close());

  const revision = async (id: string) => (await t.prisma.institution.findUniqueOrThrow({ where: { id }, select: { checklistRevision: true } })).checklistRevision;
  const overview = (today = TODAY) => listOverview({ db: t.prisma, actor: bits, today, filters: ZOverviewFilterSchema.parse({}) });
  const rowOf = async (today = TODAY) => (await overview(today)).rows.find((r) => r.institution.id === subject.institution.id)!;
  /** Runs `fn` and returns how many institutions the overview derived afresh afterwards. */
  const derivedAfter = async (fn: () => Promise<unknown>) => {
    await fn();
    const before = institutionDigestsDerived();
    await overview();
    return institutionDigestsDerived() - before;
  };

  it("bumps checklistRevision in the database on every step and comment write", async () => {
    // Made directly (no audit events), so the institution can be deleted at the end.
    const institution = await t.prisma.institution.create({ data: { orgnr: "999888777", name: "Trigger Pensjon" } });
    const r0 = await revision(institution.id);
    await t.prisma.institutionStep.create({ data: { institutionId: institution.id, stepKey: "A-1", status: "IN_PROGRESS", evidence: {} } });
    expect(await revision(institution.id)).toBe(r0 + 1);
    await t.prisma.institutionStep.updateMany({ where: { institutionId: institution.id }, data: { status: "DONE" } });
    expect(await revision(institution.id)).toBe(r0 + 2);
    const author = await coordinator(t.prisma, "Kommentar Koordinator");
    await t.prisma.stepComment.create({ data: { institutionId: institution.id, stepKey: "A-1", authorId: author.id, body: "Hei" } });
    expect(await revision(institution.id)).toBe(r0 + 3);
    await t.prisma.institutionStep.deleteMany({ where: { institutionId: institution.id } });
    expect(await revision(institution.id)).toBe(r0 + 4);
    // Deleting an institution cascades to its steps and comments; the trigger must not get in the way.
    await t.prisma.institutionStep.create({ data: { institutionId: institution.id, stepKey: "A-1", evidence: {} } });
    await t.prisma.institution.delete({ where: { id: institution.id } });
    expect(await t.prisma.institutionStep.count({ where: { institutionId: institution.id } })).toBe(0);
  });

  it("derives each institution once, then only what changed", async () => {
    await overview();
    expect(await derivedAfter(async () => undefined)).toBe(0);
    expect(
      await derivedAfter(() =>
        updateStep({ db: t.prisma, actor: subject.user, institutionId: subject.institution.id, stepKey: "A-1", expectedVersion: 0, status: "IN_PROGRESS", today: TODAY }),
      ),
    ).toBe(1);
  });

  it("shows a step change made through the use-case at once", async () => {
    const before = await rowOf();
    expect(before.next).toMatchObject({ key: "A-1", status: "IN_PROGRESS" });
    await updateStep({ db: t.prisma, actor: subject.user, institutionId: subject.institution.id, stepKey: "A-1", expectedVersion: 1, status: "DONE", today: TODAY });
    const after = await rowOf();
    expect(after.next?.key).not.toBe("A-1");
    expect(after.progress.overall.done).toBe(before.progress.overall.done + 1);
  });

  it("shows a change written by plain SQL (a seed, an operator) at once", async () => {
    await t.prisma.$executeRawUnsafe(`UPDATE "InstitutionStep" SET "status" = 'IN_PROGRESS' WHERE "institutionId" = $1 AND "stepKey" = 'A-1'`, subject.institution.id);
    expect((await rowOf()).next).toMatchObject({ key: "A-1", status: "IN_PROGRESS" });
  });

  it("shows a new comment as the latest activity", async () => {
    const before = (await rowOf()).lastActivity;
    await new Promise((r) => setTimeout(r, 5));
    await addStepComment({ db: t.prisma, actor: subject.user, institutionId: subject.institution.id, stepKey: "A-2", body: "Sertifikatet er bestilt." });
    expect((await rowOf()).lastActivity > before).toBe(true);
  });

  it("shows a profile edit and moves with the day", async () => {
    await t.prisma.institution.update({ where: { id: subject.institution.id }, data: { name: "Cache Pensjon Omdøpt", targetProductionDate: new Date("2027-03-01T00:00:00Z") } });
    const renamed = await rowOf();
    expect(renamed.institution).toMatchObject({ name: "Cache Pensjon Omdøpt", targetProductionDate: "2027-03-01" });
    const later = await rowOf("2027-01-15");
    expect(later.daysSinceActivity).toBeGreaterThan(renamed.daysSinceActivity);
    expect(later.stale).toBe(true);
  });

  it("reuses the whole sorted list while nothing changed, and never after a change", async () => {
    const first = await overview();
    expect((await overview()).rows).toBe(first.rows);
    const added = await seedInstitution(t.prisma, { name: "Ny Pensjon" });
    const withNew = await overview();
    expect(withNew.rows).not.toBe(first.rows);
    expect(withNew.rows.map((r) => r.institution.id)).toContain(added.id);
    expect(withNew.rows).toHaveLength(first.rows.length + 1);
    expect((await overview()).rows).toBe(withNew.rows);
    // another filter of the same list is filtered afresh, the first one still reused
    const thirdParty = await listOverview({ db: t.prisma, actor: bits, today: TODAY, filters: ZOverviewFilterSchema.parse({ thirdParty: "on" }) });
    expect(thirdParty.rows.every((r) => r.hasSupplier)).toBe(true);
    expect((await overview()).rows).toBe(withNew.rows);
  });
});
