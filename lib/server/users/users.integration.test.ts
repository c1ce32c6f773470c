import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedInstitution, seedUser } from "../../../prisma/seed/factories";
import { AppError } from "../../errors/app-error";
import type { CoreActor } from "../access/require-access";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { changeUserRole } from "./change-user-role";
import { listUsers } from "./list-users";
import { setUserDisabled } from "./set-user-disabled";
import { actorOf } from "../testing/actor-of";

const kinds = await testDatabaseKinds();

const failure = (p: Promise<unknown>) =>
  p.then(() => null, (e: unknown) => (e instanceof AppError ? { code: e.code, message: e.message } : { code: `THREW ${String(e)}` }));

describe.each(kinds)("users admin on %s", (kind) => {
  let t: TestDatabase;
  let coordinator: CoreActor;
  let admin: CoreActor;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    coordinator = await actorOf(t.prisma, (await seedUser(t.prisma, { role: "COORDINATOR" })).id);
    admin = await actorOf(t.prisma, (await seedUser(t.prisma, { role: "ADMIN" })).id);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("disabling bumps sessionVersion and writes an audit event; enabling does not bump", async () => {
    const user = await seedUser(t.prisma);
    await setUserDisabled({ db: t.prisma, actor: coordinator, userId: user.id, disabled: true });
    const after = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.disabled).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { subject: `user:${user.id}`, action: "user.disable" } });
    expect(event.actor).toBe(coordinator.email);
    expect(event.before).toMatchObject({ disabled: false });
    expect(event.after).toMatchObject({ disabled: true });
    await setUserDisabled({ db: t.prisma, actor: coordinator, userId: user.id, disabled: false });
    const enabled = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(enabled).toMatchObject({ disabled: false, sessionVersion: user.sessionVersion + 1 });
  });

  it("nobody may disable or demote themselves", async () => {
    expect(await failure(setUserDisabled({ db: t.prisma, actor: admin, userId: admin.id, disabled: true }))).toMatchObject({ code: "INVALID", message: "self" });
    expect(await failure(changeUserRole({ db: t.prisma, actor: admin, userId: admin.id, role: "INSTITUTION_USER" }))).toMatchObject({ code: "INVALID" });
    const me = await t.prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(me).toMatchObject({ disabled: false, role: "ADMIN" });
  });

  it("a coordinator cannot promote to ADMIN or COORDINATOR, nor disable a coordinator; an admin can", async () => {
    const user = await seedUser(t.prisma);
    const otherCoordinator = await seedUser(t.prisma, { role: "COORDINATOR" });
    expect(await failure(changeUserRole({ db: t.prisma, actor: coordinator, userId: user.id, role: "ADMIN" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(changeUserRole({ db: t.prisma, actor: coordinator, userId: user.id, role: "COORDINATOR" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(setUserDisabled({ db: t.prisma, actor: coordinator, userId: otherCoordinator.id, disabled: true }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("INSTITUTION_USER");
    expect(await t.prisma.auditEvent.count({ where: { actor: coordinator.email, action: "access.denied", subject: "coordinator.manage" } })).toBe(3);

    await changeUserRole({ db: t.prisma, actor: admin, userId: user.id, role: "COORDINATOR" });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("COORDINATOR");
    const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { subject: `user:${user.id}`, action: "user.role.change" } });
    expect(event.before).toMatchObject({ role: "INSTITUTION_USER" });
    expect(event.after).toMatchObject({ role: "COORDINATOR" });
  });

  it("institution users cannot manage users at all", async () => {
    const inst = await seedInstitution(t.prisma);
    const owner = await actorOf(t.prisma, (await seedUser(t.prisma, { memberships: [{ institutionId: inst.id, memberRole: "OWNER" }] })).id);
    const victim = await seedUser(t.prisma, { memberships: [{ institutionId: inst.id, memberRole: "MEMBER" }] });
    expect(await failure(setUserDisabled({ db: t.prisma, actor: owner, userId: victim.id, disabled: true }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(listUsers({ db: t.prisma, actor: owner }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: victim.id } })).disabled).toBe(false);
  });

  it("lists users filtered by name or e-mail, case-insensitively, with their institutions", async () => {
    const inst = await seedInstitution(t.prisma, { name: "Filterpensjon" });
    const u = await seedUser(t.prisma, { name: "Åse Filtersen", memberships: [{ institutionId: inst.id, memberRole: "OWNER" }] });
    const rows = await listUsers({ db: t.prisma, actor: coordinator, query: "filtersen" });
    expect(rows.map((r) => r.id)).toEqual([u.id]);
    expect(rows[0].memberships).toEqual([{ institutionId: inst.id, name: "Filterpensjon", memberRole: "OWNER" }]);
    expect(rows[0]).not.toHaveProperty("passwordHash");
    expect((await listUsers({ db: t.prisma, actor: coordinator, query: u.email.slice(0, 12).toUpperCase() })).map((r) => r.id)).toContain(u.id);
  });
});
