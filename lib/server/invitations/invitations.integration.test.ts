import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FACTORY_PASSWORD, seedInstitution, seedUser } from "../../../prisma/seed/factories";
import { AppError } from "../../errors/app-error";
import { verifyPassword } from "../auth/password";
import type { CoreActor } from "../access/require-access";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { acceptInvitation } from "./accept-invitation";
import { createInvitation } from "./create-invitation";
import { findInvitation } from "./find-invitation";
import { actorOf } from "../testing/actor-of";

const kinds = await testDatabaseKinds();

const tokenOf = (link: string) => link.split("/invitation/")[1];
const code = (p: Promise<unknown>) => p.then(() => "OK", (e: unknown) => (e instanceof AppError ? e.code : `THREW ${String(e)}`));
const uniqueEmail = (tag: string) => `${tag}-${Math.random().toString(36).slice(2, 10)}@Test.Example `;

describe.each(kinds)("invitations on %s", (kind) => {
  let t: TestDatabase;
  let coordinator: CoreActor;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    coordinator = await actorOf(t.prisma, (await seedUser(t.prisma, { role: "COORDINATOR" })).id);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("stores only the sha256 of the token, lower-cases the e-mail, expires in 7 days and audits", async () => {
    const inst = await seedInstitution(t.prisma);
    const now = new Date("2030-01-01T10:00:00Z");
    const email = uniqueEmail("Ny");
    const { invitation, link } = await createInvitation({
      db: t.prisma, actor: coordinator, email, institutionId: inst.id, role: "INSTITUTION_USER", memberRole: "OWNER", baseUrl: "https://ajour.example/", now,
    });
    const token = tokenOf(link);
    expect(link).toBe(`https://ajour.example/invitation/${token}`);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const row = await t.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(row.email).toBe(email.trim().toLowerCase());
    expect(row.expiresAt.getTime() - now.getTime()).toBe(7 * 24 * 3600 * 1000);
    const events = await t.prisma.auditEvent.findMany({ where: { subject: `invitation:${invitation.id}` } });
    expect(events.map((e) => e.action)).toEqual(["invitation.create"]);
    const everything = JSON.stringify([row, events]);
    expect(everything).not.toContain(token);
  });

  it("accepting creates the user with a hashed password, the membership and audit events, once", async () => {
    const inst = await seedInstitution(t.prisma);
    const email = uniqueEmail("aksept");
    const { link, invitation } = await createInvitation({ db: t.prisma, actor: coordinator, email, institutionId: inst.id, role: "INSTITUTION_USER", memberRole: "OWNER" });
    const token = tokenOf(link);
    expect((await findInvitation({ db: t.prisma, token })).status).toBe("open");

    const result = await acceptInvitation({ db: t.prisma, token, newAccount: { name: "Kari Nordmann", password: "et-langt-passord-123" } });
    expect(result.created).toBe(true);
    const user = await t.prisma.user.findUniqueOrThrow({ where: { id: result.userId }, include: { memberships: true } });
    expect(user.email).toBe(email.trim().toLowerCase());
    expect(user.role).toBe("INSTITUTION_USER");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, "et-langt-passord-123")).toBe(true);
    expect(user.memberships.map((m) => [m.institutionId, m.memberRole])).toEqual([[inst.id, "OWNER"]]);
    expect((await t.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).usedAt).not.toBeNull();
    const actions = (await t.prisma.auditEvent.findMany({ where: { actor: user.email } })).map((e) => e.action).sort();
    expect(actions).toEqual(["invitation.accept", "member.add", "user.create"]);

    expect(await code(acceptInvitation({ db: t.prisma, token, newAccount: { name: "Igjen", password: "et-langt-passord-123" } }))).toBe("CONFLICT");
    expect((await findInvitation({ db: t.prisma, token })).status).toBe("used");
    expect(await t.prisma.user.count({ where: { email: user.email } })).toBe(1);
  });

  it("of two concurrent accepts exactly one succeeds", async () => {
    const inst = await seedInstitution(t.prisma);
    const { link } = await createInvitation({ db: t.prisma, actor: coordinator, email: uniqueEmail("samtidig"), institutionId: inst.id, role: "INSTITUTION_USER", memberRole: "MEMBER" });
    const token = tokenOf(link);
    const results = await Promise.all([
      code(acceptInvitation({ db: t.prisma, token, newAccount: { name: "En", password: "et-langt-passord-aaa" } })),
      code(acceptInvitation({ db: t.prisma, token, newAccount: { name: "To", password: "et-langt-passord-bbb" } })),
    ]);
    expect(results.sort()).toEqual(["CONFLICT", "OK"]);
    expect(await t.prisma.membership.count({ where: { institutionId: inst.id } })).toBe(1);
    expect(await t.prisma.auditEvent.count({ where: { action: "invitation.accept", institutionId: inst.id } })).toBe(1);
  });

  it("of two concurrent accepts by an existing user exactly one succeeds", async () => {
    const inst = await seedInstitution(t.prisma);
    const existing = await seedUser(t.prisma);
    const { link, invitation } = await createInvitation({ db: t.prisma, actor: coordinator, email: existing.email, institutionId: inst.id, role: "INSTITUTION_USER", memberRole: "MEMBER" });
    const token = tokenOf(link);
    const results = await Promise.all([
      code(acceptInvitation({ db: t.prisma, token, signedInAs: existing })),
      code(acceptInvitation({ db: t.prisma, token, signedInAs: existing })),
    ]);
    expect(results.sort()).toEqual(["CONFLICT", "OK"]);
    expect(await t.prisma.auditEvent.count({ where: { subject: `invitation:${invitation.id}`, action: "invitation.accept" } })).toBe(1);
  });

  it("refuses an expired link and a wrong token, changing nothing", async () => {
    const inst = await seedInstitution(t.prisma);
    const email = uniqueEmail("utlopt");
    const { link } = await createInvitation({
      db: t.prisma, actor: coordinator, email, institutionId: inst.id, role: "INSTITUTION_USER", memberRole: "MEMBER", now: new Date(Date.now() - 8 * 24 * 3600 * 1000),
    });
    const token = tokenOf(link);
    expect((await findInvitation({ db: t.prisma, token })).status).toBe("expired");
    expect(await code(acceptInvitation({ db: t.prisma, token, newAccount: { name: "Sen", password: "et-langt-passord-123" } }))).toBe("GONE");
    const wrong = `${token.slice(0, -2)}xx`;
    expect((await findInvitation({ db: t.prisma, token: wrong })).status).toBe("invalid");
    expect(await code(acceptInvitation({ db: t.prisma, token: wrong, newAccount: { name: "Feil", password: "et-langt-passord-123" } }))).toBe("NOT_FOUND");
    expect(await t.prisma.user.count({ where: { email: email.trim().toLowerCase() } })).toBe(0);
    expect(await t.prisma.membership.count({ where: { institutionId: inst.id } })).toBe(0);
  });

  it("an existing account accepts only signed in as itself; no password is checked and the page does not tell", async () => {
    const inst = await seedInstitution(t.prisma);
    const existing = await seedUser(t.prisma);
    const other = await seedUser(t.prisma);
    const { link } = await createInvitation({ db: t.prisma, actor: coordinator, email: existing.email.toUpperCase(), institutionId: inst.id, role: "INSTITUTION_USER", memberRole: "MEMBER" });
    const token = tokenOf(link);
    // the lookup behind the page is the same as for an address without an account
    const found = await findInvitation({ db: t.prisma, token });
    expect(found.status).toBe("open");
    expect(Object.keys(found).sort()).toEqual(["email", "institutionName", "memberRole", "name", "role", "status"]);
    // "create an account" for an address that has one: refused, nothing about any password
    expect(await code(acceptInvitation({ db: t.prisma, token, newAccount: { name: "Gjetter", password: FACTORY_PASSWORD } }))).toBe("CONFLICT");
    // signed in as somebody else: refused
    expect(await code(acceptInvitation({ db: t.prisma, token, signedInAs: other }))).toBe("INVALID");
    expect((await findInvitation({ db: t.prisma, token })).status).toBe("open");
    const result = await acceptInvitation({ db: t.prisma, token, signedInAs: { id: existing.id, email: existing.email } });
    expect(result).toMatchObject({ userId: existing.id, created: false });
    expect(await t.prisma.membership.count({ where: { userId: existing.id, institutionId: inst.id } })).toBe(1);
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: existing.id } })).passwordHash).toBe(existing.passwordHash);
  });

  it("a new account needs a password that is hard to guess, and says why", async () => {
    const inst = await seedInstitution(t.prisma);
    const email = uniqueEmail("svak");
    const { link } = await createInvitation({ db: t.prisma, actor: coordinator, email, institutionId: inst.id, role: "INSTITUTION_USER", memberRole: "MEMBER" });
    const token = tokenOf(link);
    // repetition, a common password, the app's name, the person's own name
    for (const weak of ["aaaaaaaaaaaa", "password1234", "ajourajourajour", "passordsen2026"]) {
      const error = await acceptInvitation({ db: t.prisma, token, newAccount: { name: "Svak Passordsen", password: weak } }).catch((e: unknown) => e);
      expect(error, weak).toMatchObject({ code: "INVALID", details: { fieldErrors: { password: expect.arrayContaining(["password.weak"]) } } });
    }
    const repeated = await acceptInvitation({ db: t.prisma, token, newAccount: { name: "Svak", password: "aaaaaaaaaaaa" } }).catch((e: { details: { fieldErrors: { password: string[] } } }) => e.details.fieldErrors.password);
    expect(repeated).toContain("password.warnings.simpleRepeat");
    expect(await t.prisma.user.count({ where: { email } })).toBe(0);
    expect((await findInvitation({ db: t.prisma, token })).status).toBe("open");
  });

  it("an owner may invite to their own institution but not to another (NOT_FOUND + access.denied)", async () => {
    const own = await seedInstitution(t.prisma);
    const other = await seedInstitution(t.prisma);
    const owner = await actorOf(t.prisma, (await seedUser(t.prisma, { memberships: [{ institutionId: own.id, memberRole: "OWNER" }] })).id);
    const ok = await createInvitation({ db: t.prisma, actor: owner, email: uniqueEmail("eier"), institutionId: own.id, role: "INSTITUTION_USER", memberRole: "MEMBER" });
    expect(ok.invitation.institutionId).toBe(own.id);

    const before = await t.prisma.invitation.count({ where: { institutionId: other.id } });
    expect(await code(createInvitation({ db: t.prisma, actor: owner, email: uniqueEmail("x"), institutionId: other.id, role: "INSTITUTION_USER", memberRole: "MEMBER" }))).toBe("NOT_FOUND");
    expect(await t.prisma.invitation.count({ where: { institutionId: other.id } })).toBe(before);
    const denied = await t.prisma.auditEvent.findMany({ where: { action: "access.denied", actor: owner.email } });
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ institutionId: other.id, subject: `member.invite institution:${other.id}` });

    // An owner cannot make coordinators either: an invitation without institution needs coordinator.manage.
    expect(await code(createInvitation({ db: t.prisma, actor: owner, email: uniqueEmail("k"), institutionId: null, role: "COORDINATOR", memberRole: null }))).toBe("NOT_FOUND");
  });

  it("a member (not owner) may not invite, and a coordinator may not invite coordinators", async () => {
    const inst = await seedInstitution(t.prisma);
    const member = await actorOf(t.prisma, (await seedUser(t.prisma, { memberships: [{ institutionId: inst.id, memberRole: "MEMBER" }] })).id);
    expect(await code(createInvitation({ db: t.prisma, actor: member, email: uniqueEmail("m"), institutionId: inst.id, role: "INSTITUTION_USER", memberRole: "MEMBER" }))).toBe("NOT_FOUND");
    expect(await t.prisma.invitation.count({ where: { institutionId: inst.id } })).toBe(0);
    expect(await t.prisma.auditEvent.count({ where: { action: "access.denied", actor: member.email, institutionId: inst.id } })).toBe(1);
    expect(await code(createInvitation({ db: t.prisma, actor: coordinator, email: uniqueEmail("k"), institutionId: null, role: "COORDINATOR", memberRole: null }))).toBe("NOT_FOUND");
  });

  it("an admin's coordinator invitation makes the new user a coordinator without membership", async () => {
    const admin = await actorOf(t.prisma, (await seedUser(t.prisma, { role: "ADMIN" })).id);
    const { link } = await createInvitation({ db: t.prisma, actor: admin, email: uniqueEmail("koord"), institutionId: null, role: "COORDINATOR", memberRole: null });
    const result = await acceptInvitation({ db: t.prisma, token: tokenOf(link), newAccount: { name: "Ny Koordinator", password: "et-langt-passord-123" } });
    const user = await t.prisma.user.findUniqueOrThrow({ where: { id: result.userId }, include: { memberships: true } });
    expect(user.role).toBe("COORDINATOR");
    expect(user.memberships).toEqual([]);
  });
});
