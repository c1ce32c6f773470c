// Finding 9 of issue 11: an institution that has an owner keeps one, also when two owners demote
// or remove each other at the same moment (PostgreSQL, two connections) and when SQL writes
// directly (the database trigger of migration 20261130170000_last_owner_guard).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedInstitution, seedUser, uniqueOrgnr } from "../../../prisma/seed/factories";
import { AppError } from "../../errors/app-error";
import type { CoreActor } from "../access/require-access";
import { createInvitation } from "../invitations/create-invitation";
import { acceptInvitation } from "../invitations/accept-invitation";
import { createPrismaClient, type PrismaClient } from "../prisma-client";
import { openFreshDatabase, testDatabaseKinds, TEST_DATABASE_URL, type TestDatabase } from "../testing/test-databases";
import { changeMemberRole } from "./change-member-role";
import { isLastOwnerViolation } from "./owner-guard";
import { removeMember } from "./remove-member";
import { actorOf } from "../testing/actor-of";

const kinds = await testDatabaseKinds();

const outcome = (p: Promise<unknown>) =>
  p.then(() => "OK", (e: unknown) => (e instanceof AppError ? `${e.code} ${e.message}` : `THREW ${String(e)}`));

async function twoOwners(db: PrismaClient) {
  const inst = await seedInstitution(db);
  const a = await seedUser(db, { memberships: [{ institutionId: inst.id, memberRole: "OWNER" }] });
  const b = await seedUser(db, { memberships: [{ institutionId: inst.id, memberRole: "OWNER" }] });
  const membership = async (userId: string) => (await db.membership.findFirstOrThrow({ where: { userId, institutionId: inst.id } })).id;
  return { inst, a: await actorOf(db, a.id), b: await actorOf(db, b.id), ma: await membership(a.id), mb: await membership(b.id) };
}

describe.each(kinds)("last owner on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
  });
  afterAll(async () => t?.close());

  it("the database refuses a direct SQL delete or demotion of the last owner, and allows deleting the institution", async () => {
    const { inst, ma, mb } = await twoOwners(t.prisma);
    const raw = await t.raw();
    try {
      await raw.exec(`DELETE FROM "Membership" WHERE "id" = '${ma}'`); // another owner remains: fine
      await expect(raw.exec(`DELETE FROM "Membership" WHERE "id" = '${mb}'`)).rejects.toThrow(/without an owner/);
      await expect(raw.exec(`UPDATE "Membership" SET "memberRole" = 'MEMBER' WHERE "id" = '${mb}'`)).rejects.toThrow(/without an owner/);
      expect(await t.prisma.membership.count({ where: { institutionId: inst.id, memberRole: "OWNER" } })).toBe(1);
      // deleting an institution (one never audited: the audit trail keeps audited ones) takes its owners along
      const bare = await t.prisma.institution.create({ data: { orgnr: uniqueOrgnr(), name: "Uten revisjonsspor" } });
      await t.prisma.membership.create({ data: { institutionId: bare.id, userId: (await seedUser(t.prisma)).id, memberRole: "OWNER" } });
      await raw.exec(`DELETE FROM "Institution" WHERE "id" = '${bare.id}'`);
      expect(await t.prisma.membership.count({ where: { institutionId: bare.id } })).toBe(0);
    } finally {
      await raw.close();
    }
  });

  it("a refusal by the database is recognised as the last-owner rule", async () => {
    const { inst, ma, mb } = await twoOwners(t.prisma);
    await t.prisma.membership.delete({ where: { id: ma } });
    const error = await t.prisma.membership.delete({ where: { id: mb } }).then(() => null, (e: unknown) => e);
    expect(isLastOwnerViolation(error)).toBe(true);
    expect(isLastOwnerViolation(new Error("something else"))).toBe(false);
    expect(await t.prisma.membership.count({ where: { institutionId: inst.id } })).toBe(1);
  });

  it("accepting a member invitation as an existing owner keeps the owner role", async () => {
    const inst = await seedInstitution(t.prisma);
    const coordinator = await actorOf(t.prisma, (await seedUser(t.prisma, { role: "COORDINATOR" })).id);
    const user = await seedUser(t.prisma);
    // invited as member, and made owner another way before accepting (a second invitation of the
    // same address replaces the first since issue 13, so the owner membership is made directly)
    const asMember = (await createInvitation({ db: t.prisma, actor: coordinator, email: user.email, institutionId: inst.id, role: "INSTITUTION_USER", memberRole: "MEMBER" })).link.split("/invitation/")[1];
    await t.prisma.membership.create({ data: { userId: user.id, institutionId: inst.id, memberRole: "OWNER" } });
    await acceptInvitation({ db: t.prisma, token: asMember, signedInAs: user });
    expect((await t.prisma.membership.findFirstOrThrow({ where: { userId: user.id, institutionId: inst.id } })).memberRole).toBe("OWNER");
  });

  if (kind === "postgresql") it("two owners demoting or removing each other at the same moment always leave an owner (8 rounds each)", async () => {
    const one = createPrismaClient({ databaseUrl: TEST_DATABASE_URL, pgliteDir: "" });
    const two = createPrismaClient({ databaseUrl: TEST_DATABASE_URL, pgliteDir: "" });
    try {
      for (let round = 0; round < 8; round++) {
        for (const verb of ["demote", "remove"] as const) {
          const { inst, a, b, ma, mb } = await twoOwners(t.prisma);
          const act = (db: PrismaClient, actor: CoreActor, membershipId: string) =>
            verb === "demote"
              ? changeMemberRole({ db, actor, institutionId: inst.id, membershipId, memberRole: "MEMBER" })
              : removeMember({ db, actor, institutionId: inst.id, membershipId });
          const results = await Promise.all([outcome(act(one, a, mb)), outcome(act(two, b, ma))]);
          expect(results.sort()).toEqual(["CONFLICT last owner", "OK"]);
          expect(await t.prisma.membership.count({ where: { institutionId: inst.id, memberRole: "OWNER" } })).toBe(1);
        }
      }
    } finally {
      await Promise.all([one.$disconnect(), two.$disconnect()]);
    }
  });
});
