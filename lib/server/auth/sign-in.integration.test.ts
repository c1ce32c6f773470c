import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FACTORY_PASSWORD, seedInstitution, seedUser } from "../../../prisma/seed/factories";
import { changePassword } from "../account/change-password";
import { listAuditEvents } from "../audit/list-audit-events";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { createSignInLimiter, SIGN_IN_LIMITS } from "./rate-limit";
import { signInWithPassword } from "./sign-in";
import { ZAuditFilterSchema } from "../../validation/audit";

const kinds = await testDatabaseKinds();

describe.each(kinds)("sign-in on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
  });
  afterAll(async () => t?.close());

  const attempt = (email: string, password: string, ip = "10.0.0.1") =>
    signInWithPassword({ db: t.prisma, limiter: createSignInLimiter(t.prisma), email, password, ip });

  it("signs in with the right password, case-insensitively by e-mail, and records it", async () => {
    const user = await seedUser(t.prisma);
    const result = await attempt(user.email.toUpperCase(), FACTORY_PASSWORD);
    expect(result).toMatchObject({ ok: true, user: { id: user.id } });
    const after = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.lastSignInAt).not.toBeNull();
    expect(await t.prisma.auditEvent.count({ where: { action: "user.sign-in", subject: `user:${user.id}` } })).toBe(1);
  });

  it("gives the same answer for an unknown e-mail, a wrong password and a disabled user", async () => {
    const user = await seedUser(t.prisma);
    const disabled = await seedUser(t.prisma, { disabled: true });
    expect(await attempt("finnes.ikke@test.example", FACTORY_PASSWORD)).toEqual({ ok: false, error: "INVALID" });
    expect(await attempt(user.email, "feil-passord-123")).toEqual({ ok: false, error: "INVALID" });
    expect(await attempt(disabled.email, FACTORY_PASSWORD)).toEqual({ ok: false, error: "INVALID" });
  });

  it("locks an account after too many failures and says for how long, even with the right password", async () => {
    const user = await seedUser(t.prisma);
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount.points; i++) {
      expect((await attempt(user.email, `feil-${i}-passord`, `10.1.0.${i}`)).ok).toBe(false);
    }
    const blocked = await attempt(user.email, FACTORY_PASSWORD, "10.2.0.1");
    expect(blocked).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect(blocked.ok === false && blocked.error === "RATE_LIMITED" && blocked.retryInMinutes).toBeGreaterThanOrEqual(1);
    expect(blocked.ok === false && blocked.error === "RATE_LIMITED" && blocked.retryInMinutes).toBeLessThanOrEqual(15);
  });

  it("limits one IP across many accounts", async () => {
    const ip = "10.9.9.9";
    for (let i = 0; i < SIGN_IN_LIMITS.perIp.points; i++) await attempt(`ukjent-${i}@test.example`, "x", ip);
    const user = await seedUser(t.prisma);
    expect(await attempt(user.email, FACTORY_PASSWORD, ip)).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect((await attempt(user.email, FACTORY_PASSWORD, "10.9.9.10")).ok).toBe(true);
  });

  it("changing the password bumps the session version and refuses a wrong current password", async () => {
    const user = await seedUser(t.prisma);
    await expect(changePassword({ db: t.prisma, userId: user.id, currentPassword: "feil", newPassword: "et-nytt-langt-passord" })).rejects.toThrow("wrongPassword");
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
    await changePassword({ db: t.prisma, userId: user.id, currentPassword: FACTORY_PASSWORD, newPassword: "et-nytt-langt-passord" });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    expect((await attempt(user.email, FACTORY_PASSWORD, "10.3.0.1")).ok).toBe(false);
    expect((await attempt(user.email, "et-nytt-langt-passord", "10.3.0.2")).ok).toBe(true);
  });

  it("lists audit events with filters for coordinators only", async () => {
    const inst = await seedInstitution(t.prisma);
    const coordinator = { id: "c", email: "c@test", name: "C", role: "COORDINATOR" as const, memberships: [] };
    const member = { id: "m", email: "m@test", name: "M", role: "INSTITUTION_USER" as const, memberships: [{ institutionId: inst.id, memberRole: "OWNER" as const }] };
    const filter = ZAuditFilterSchema.parse({ institutionId: inst.id });
    const result = await listAuditEvents({ db: t.prisma, actor: coordinator, filter });
    expect(result.events.map((e) => e.action)).toEqual(["institution.create"]);
    expect(result.total).toBe(1);
    const none = await listAuditEvents({ db: t.prisma, actor: coordinator, filter: ZAuditFilterSchema.parse({ institutionId: inst.id, from: "2999-01-01" }) });
    expect(none.total).toBe(0);
    await expect(listAuditEvents({ db: t.prisma, actor: member, filter })).rejects.toThrow("NOT_FOUND");
  });
});
