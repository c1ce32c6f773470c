import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedInstitution, seedUser, uniqueOrgnr } from "../../../prisma/seed/factories";
import { AppError } from "../../errors/app-error";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { changeMemberRole } from "./change-member-role";
import { createInstitution } from "./create-institution";
import { listMembers } from "./list-members";
import { removeMember } from "./remove-member";
import type { CoreActor } from "../access/require-access";
import { updateInstitution } from "./update-institution";
import { actorOf } from "../testing/actor-of";

const kinds = await testDatabaseKinds();

const failure = (p: Promise<unknown>) =>
  p.then(() => null, (e: unknown) => (e instanceof AppError ? { code: e.code, message: e.message, fieldErrors: e.details?.fieldErrors } : { code: `THREW ${String(e)}` }));

describe.each(kinds)("institutions on %s", (kind) => {
  let t: TestDatabase;
  let coordinator: CoreActor;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    coordinator = await actorOf(t.prisma, (await seedUser(t.prisma, { role: "COORDINATOR" })).id);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("a coordinator creates an institution (org number with spaces normalised) with an audit event", async () => {
    const orgnr = uniqueOrgnr();
    const spaced = `${orgnr.slice(0, 3)} ${orgnr.slice(3, 6)} ${orgnr.slice(6)}`;
    const created = await createInstitution({
      db: t.prisma, actor: coordinator,
      input: { name: " Ny Pensjon ", orgnr: spaced, blpMember: "on", supplierOrgnr: "", supplierName: "", targetProductionDate: "2031-03-01" },
    });
    expect(created).toMatchObject({ name: "Ny Pensjon", orgnr, blpMember: true, supplierOrgnr: null, supplierName: null });
    expect(created.targetProductionDate?.toISOString().slice(0, 10)).toBe("2031-03-01");
    const events = await t.prisma.auditEvent.findMany({ where: { institutionId: created.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "institution.create", actor: coordinator.email, before: null });
    expect(events[0].after).toMatchObject({ orgnr, name: "Ny Pensjon", targetProductionDate: "2031-03-01" });
  });

  it("refuses invalid org numbers with a reason, and a supplier org number without a name", async () => {
    const count = await t.prisma.institution.count();
    const bad = uniqueOrgnr().slice(0, 8) + "X";
    expect(await failure(createInstitution({ db: t.prisma, actor: coordinator, input: { name: "A", orgnr: bad } }))).toMatchObject({
      code: "INVALID", fieldErrors: { orgnr: ["errors.orgnr.not-digits"] },
    });
    expect(await failure(createInstitution({ db: t.prisma, actor: coordinator, input: { name: "A", orgnr: "12345678" } }))).toMatchObject({
      fieldErrors: { orgnr: ["errors.orgnr.wrong-length"] },
    });
    const valid = uniqueOrgnr();
    const wrongCheck = valid.slice(0, 8) + String((Number(valid[8]) + 1) % 10);
    expect(await failure(createInstitution({ db: t.prisma, actor: coordinator, input: { name: "A", orgnr: wrongCheck } }))).toMatchObject({
      fieldErrors: { orgnr: ["errors.orgnr.wrong-check-digit"] },
    });
    expect(await failure(createInstitution({ db: t.prisma, actor: coordinator, input: { name: "A", orgnr: uniqueOrgnr(), supplierOrgnr: uniqueOrgnr(), supplierName: " " } }))).toMatchObject({
      fieldErrors: { supplierName: ["errors.supplierNameRequired"] },
    });
    expect(await t.prisma.institution.count()).toBe(count);
  });

  it("refuses a duplicate org number as a field error, on create and on update", async () => {
    const a = await seedInstitution(t.prisma);
    const b = await seedInstitution(t.prisma);
    const count = await t.prisma.institution.count();
    expect(await failure(createInstitution({ db: t.prisma, actor: coordinator, input: { name: "Tvilling", orgnr: a.orgnr } }))).toMatchObject({
      code: "CONFLICT", fieldErrors: { orgnr: ["errors.orgnr.taken"] },
    });
    expect(await t.prisma.institution.count()).toBe(count);
    expect(await failure(updateInstitution({ db: t.prisma, actor: coordinator, institutionId: b.id, input: { name: b.name, orgnr: a.orgnr } }))).toMatchObject({
      code: "CONFLICT",
    });
    expect((await t.prisma.institution.findUniqueOrThrow({ where: { id: b.id } })).orgnr).toBe(b.orgnr);
  });

  it("an owner updates their institution; the audit event holds before and after", async () => {
    const inst = await seedInstitution(t.prisma, { name: "Før AS" });
    const owner = await actorOf(t.prisma, (await seedUser(t.prisma, { memberships: [{ institutionId: inst.id, memberRole: "OWNER" }] })).id);
    // the supplier (like the org number and BLP) only Bits changes (issue 13: change-requests.integration.test.ts)
    await updateInstitution({
      db: t.prisma, actor: owner, institutionId: inst.id,
      input: { name: "Etter AS", orgnr: inst.orgnr, supplierOrgnr: "", supplierName: "", targetProductionDate: "2027-03-01" },
    });
    const after = await t.prisma.institution.findUniqueOrThrow({ where: { id: inst.id } });
    expect(after).toMatchObject({ name: "Etter AS", supplierOrgnr: null, blpMember: false });
    const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { institutionId: inst.id, action: "institution.update" } });
    expect(event.actor).toBe(owner.email);
    expect(event.before).toMatchObject({ name: "Før AS", targetProductionDate: null });
    expect(event.after).toMatchObject({ name: "Etter AS", targetProductionDate: "2027-03-01" });
  });

  it("an invalid update changes nothing and writes no audit event", async () => {
    const inst = await seedInstitution(t.prisma);
    expect(await failure(updateInstitution({ db: t.prisma, actor: coordinator, institutionId: inst.id, input: { name: "Nytt", orgnr: "123" } }))).toMatchObject({ code: "INVALID" });
    expect((await t.prisma.institution.findUniqueOrThrow({ where: { id: inst.id } })).name).toBe(inst.name);
    expect(await t.prisma.auditEvent.count({ where: { institutionId: inst.id, action: "institution.update" } })).toBe(0);
  });

  it("a member may not update, and an owner not another institution: NOT_FOUND and access.denied", async () => {
    const own = await seedInstitution(t.prisma);
    const other = await seedInstitution(t.prisma);
    const member = await actorOf(t.prisma, (await seedUser(t.prisma, { memberships: [{ institutionId: own.id, memberRole: "MEMBER" }] })).id);
    const owner = await actorOf(t.prisma, (await seedUser(t.prisma, { memberships: [{ institutionId: own.id, memberRole: "OWNER" }] })).id);
    expect(await failure(updateInstitution({ db: t.prisma, actor: member, institutionId: own.id, input: { name: "X", orgnr: own.orgnr } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(updateInstitution({ db: t.prisma, actor: owner, institutionId: other.id, input: { name: "X", orgnr: other.orgnr } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(createInstitution({ db: t.prisma, actor: owner, input: { name: "X", orgnr: uniqueOrgnr() } }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await t.prisma.institution.findUniqueOrThrow({ where: { id: other.id } })).name).toBe(other.name);
    expect(await t.prisma.auditEvent.count({ where: { action: "access.denied", actor: { in: [member.email, owner.email] } } })).toBe(3);
  });

  it("owners manage members but never remove or demote the last owner", async () => {
    const inst = await seedInstitution(t.prisma);
    const ownerUser = await seedUser(t.prisma, { memberships: [{ institutionId: inst.id, memberRole: "OWNER" }] });
    await seedUser(t.prisma, { memberships: [{ institutionId: inst.id, memberRole: "MEMBER" }] });
    const owner = await actorOf(t.prisma, ownerUser.id);
    const members = await listMembers({ db: t.prisma, actor: owner, institutionId: inst.id });
    const own = members.find((m) => m.userId === ownerUser.id)!;
    const other = members.find((m) => m.userId !== ownerUser.id)!;
    expect(await failure(removeMember({ db: t.prisma, actor: owner, institutionId: inst.id, membershipId: own.membershipId }))).toMatchObject({ code: "CONFLICT", message: "last owner" });
    expect(await failure(changeMemberRole({ db: t.prisma, actor: owner, institutionId: inst.id, membershipId: own.membershipId, memberRole: "MEMBER" }))).toMatchObject({ code: "CONFLICT" });
    await changeMemberRole({ db: t.prisma, actor: owner, institutionId: inst.id, membershipId: other.membershipId, memberRole: "OWNER" });
    await removeMember({ db: t.prisma, actor: owner, institutionId: inst.id, membershipId: own.membershipId });
    const left = await t.prisma.membership.findMany({ where: { institutionId: inst.id } });
    expect(left.map((m) => [m.userId, m.memberRole])).toEqual([[other.userId, "OWNER"]]);
    const actions = (await t.prisma.auditEvent.findMany({ where: { institutionId: inst.id, actor: owner.email }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["member.role.change", "member.remove"]);
  });

  it("a membership id from another institution is not found", async () => {
    const a = await seedInstitution(t.prisma);
    const b = await seedInstitution(t.prisma);
    const inB = await seedUser(t.prisma, { memberships: [{ institutionId: b.id, memberRole: "MEMBER" }] });
    const membership = await t.prisma.membership.findFirstOrThrow({ where: { userId: inB.id } });
    const ownerA = await actorOf(t.prisma, (await seedUser(t.prisma, { memberships: [{ institutionId: a.id, memberRole: "OWNER" }] })).id);
    expect(await failure(removeMember({ db: t.prisma, actor: ownerA, institutionId: a.id, membershipId: membership.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await t.prisma.membership.count({ where: { id: membership.id } })).toBe(1);
  });
});
