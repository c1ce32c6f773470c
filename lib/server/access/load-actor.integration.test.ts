// The per-request actor lookup: one SQL statement over the session record, the user and the
// memberships, which must agree with the data on every kind of database the app runs on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedInstitution, seedUser } from "../../../prisma/seed/factories";
import { createSession, deleteEndedSessions, revokeSession, type SessionPolicy } from "../auth/sessions";
import { changePassword } from "../account/change-password";
import { setUserDisabled } from "../users/set-user-disabled";
import { FACTORY_PASSWORD } from "../../../prisma/seed/factories";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { loadActor } from "./load-actor";

const kinds = await testDatabaseKinds();
const HOUR = 3_600_000;
const policy: SessionPolicy = { idleMs: 8 * HOUR, absoluteMs: 24 * HOUR };

describe.each(kinds)("loadActor on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
  });
  afterAll(async () => t?.close());

  const signIn = async (userId: string, at = new Date()) => ({ userId, sessionId: await createSession({ db: t.prisma, userId, policy, now: at }) });

  it("returns the user with every membership and role", async () => {
    const [a, b] = [await seedInstitution(t.prisma), await seedInstitution(t.prisma)];
    const user = await seedUser(t.prisma, { name: "Åse Ærlig", memberships: [{ institutionId: a.id, memberRole: "OWNER" }, { institutionId: b.id }] });
    const actor = await loadActor(t.prisma, await signIn(user.id), policy);
    expect(actor).toEqual({ id: user.id, email: user.email, name: "Åse Ærlig", role: "INSTITUTION_USER", memberships: expect.any(Array), supplierOrgnr: null });
    expect(actor!.memberships).toEqual(expect.arrayContaining([{ institutionId: a.id, memberRole: "OWNER" }, { institutionId: b.id, memberRole: "MEMBER" }]));
    expect(actor!.memberships).toHaveLength(2);
  });

  it("returns a user without memberships with an empty list", async () => {
    const user = await seedUser(t.prisma, { role: "COORDINATOR" });
    expect(await loadActor(t.prisma, await signIn(user.id), policy)).toEqual({ id: user.id, email: user.email, name: user.name, role: "COORDINATOR", memberships: [], supplierOrgnr: null });
  });

  it("carries the supplier affiliation, so the supplier context reads the user row no second time", async () => {
    const i = await seedInstitution(t.prisma, { supplierOrgnr: "987654325", supplierName: "Pensjonsdrift Leverandør AS" });
    const user = await seedUser(t.prisma, { supplierOrgnr: "987654325", memberships: [{ institutionId: i.id }] });
    const actor = await loadActor(t.prisma, await signIn(user.id), policy);
    expect(actor?.supplierOrgnr).toBe("987654325");
    // the affiliation is read fresh on every request: a change shows on the next one
    await t.prisma.user.update({ where: { id: user.id }, data: { supplierOrgnr: null } });
    expect((await loadActor(t.prisma, await signIn(user.id), policy))?.supplierOrgnr).toBeNull();
  });

  it("treats a signed-out session, a disabled user, someone else's or an unknown session as signed out", async () => {
    const user = await seedUser(t.prisma);
    const session = await signIn(user.id);
    expect(await loadActor(t.prisma, session, policy)).not.toBeNull();
    await revokeSession({ db: t.prisma, sessionId: session.sessionId });
    expect(await loadActor(t.prisma, session, policy)).toBeNull();
    // the sign-out is in the audit trail once, even when the cookie is sent to sign out again
    await revokeSession({ db: t.prisma, sessionId: session.sessionId });
    expect(await t.prisma.auditEvent.count({ where: { action: "user.sign-out", subject: `user:${user.id}`, actor: user.email } })).toBe(1);

    const other = await seedUser(t.prisma);
    const otherSession = await signIn(other.id);
    expect(await loadActor(t.prisma, { userId: user.id, sessionId: otherSession.sessionId }, policy)).toBeNull();
    expect(await loadActor(t.prisma, { userId: user.id, sessionId: "no-such-session" }, policy)).toBeNull();
    expect(await loadActor(t.prisma, { userId: user.id, sessionId: undefined }, policy)).toBeNull();

    const disabled = await seedUser(t.prisma, { disabled: true });
    expect(await loadActor(t.prisma, await signIn(disabled.id), policy)).toBeNull();
  });

  it("a password change ends every session of the user; disabling too", async () => {
    const user = await seedUser(t.prisma);
    const [laptop, phone] = [await signIn(user.id), await signIn(user.id)];
    const bystander = await signIn((await seedUser(t.prisma)).id);
    await changePassword({ db: t.prisma, userId: user.id, currentPassword: FACTORY_PASSWORD, newPassword: "et-nytt-langt-passord", client: "10.5.0.1" });
    expect(await loadActor(t.prisma, laptop, policy)).toBeNull();
    expect(await loadActor(t.prisma, phone, policy)).toBeNull();
    expect(await loadActor(t.prisma, bystander, policy)).not.toBeNull();

    const admin = { id: "admin", email: "admin@test.example", name: "A", role: "ADMIN" as const, memberships: [] };
    const target = await seedUser(t.prisma);
    const session = await signIn(target.id);
    await setUserDisabled({ db: t.prisma, actor: admin, userId: target.id, disabled: true });
    await setUserDisabled({ db: t.prisma, actor: admin, userId: target.id, disabled: false });
    // re-enabling does not bring the old session back
    expect(await loadActor(t.prisma, session, policy)).toBeNull();
  });

  it("slides: a session used within the idle limit lives on, an idle one ends, and none outlives the absolute limit", async () => {
    const user = await seedUser(t.prisma);
    const start = new Date("2026-11-30T08:00:00.000Z").getTime();
    const session = await signIn(user.id, new Date(start));
    // used every 7 hours: still signed in after 21 hours (the old fixed 8-hour token had ended)
    for (const h of [7, 14, 21]) expect(await loadActor(t.prisma, session, policy, start + h * HOUR), `${h} h`).not.toBeNull();
    // past the absolute maximum, however recently used
    expect(await loadActor(t.prisma, session, policy, start + 24 * HOUR + 1000)).toBeNull();

    const idle = await signIn(user.id, new Date(start));
    expect(await loadActor(t.prisma, idle, policy, start + 8 * HOUR + 1000)).toBeNull();
  });

  it("writes lastSeenAt at most once a minute", async () => {
    const user = await seedUser(t.prisma);
    const start = new Date("2026-11-30T08:00:00.000Z").getTime();
    const session = await signIn(user.id, new Date(start));
    const lastSeen = async () => (await t.prisma.session.findUniqueOrThrow({ where: { id: session.sessionId } })).lastSeenAt.getTime();
    await loadActor(t.prisma, session, policy, start + 30_000);
    expect(await lastSeen()).toBe(start);
    await loadActor(t.prisma, session, policy, start + 61_000);
    expect(await lastSeen()).toBe(start + 61_000);
    await loadActor(t.prisma, session, policy, start + 90_000);
    expect(await lastSeen()).toBe(start + 61_000);
  });

  it("deletes sessions that can no longer be used", async () => {
    const user = await seedUser(t.prisma);
    const now = new Date("2026-12-01T12:00:00.000Z");
    const live = await signIn(user.id, new Date(now.getTime() - HOUR));
    const idle = await signIn(user.id, new Date(now.getTime() - 9 * HOUR));
    const revoked = await signIn(user.id, new Date(now.getTime() - HOUR));
    await revokeSession({ db: t.prisma, sessionId: revoked.sessionId });
    await deleteEndedSessions({ db: t.prisma, policy, now });
    const left = (await t.prisma.session.findMany({ where: { userId: user.id } })).map((s) => s.id);
    expect(left).toContain(live.sessionId);
    expect(left).not.toContain(idle.sessionId);
    expect(left).not.toContain(revoked.sessionId);
  });
});
