// Issue 13, invitations: pending ones are listed, sent again (new token, the old link dies) and
// withdrawn; inviting an address again replaces its pending invitation (one live link); the link
// is on the app's public URL. Every change audited; refused callers change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedInstitution, seedUser } from "../../../prisma/seed/factories";
import { AppError } from "../../errors/app-error";
import type { CoreActor } from "../access/require-access";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { createInvitation, invitationLink } from "./create-invitation";
import { findInvitation } from "./find-invitation";
import { listPendingInvitations } from "./list-pending-invitations";
import { resendInvitation } from "./resend-invitation";
import { revokeInvitation } from "./revoke-invitation";
import { actorOf } from "../testing/actor-of";

const kinds = await testDatabaseKinds();

const tokenOf = (link: string) => link.split("/invitation/")[1];
const code = (p: Promise<unknown>) => p.then(() => "OK", (e: unknown) => (e instanceof AppError ? e.code : `THREW ${String(e)}`));
const email = (tag: string) => `${tag}-${Math.random().toString(36).slice(2, 10)}@test.example`;

describe.each(kinds)("pending invitations on %s", (kind) => {
  let t: TestDatabase;
  let coordinator: CoreActor;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    coordinator = await actorOf(t.prisma, (await seedUser(t.prisma, { role: "COORDINATOR" })).id);
  });
  afterAll(async () => t?.close());

  const setup = async () => {
    const inst = await seedInstitution(t.prisma);
    const owner = await actorOf(t.prisma, (await seedUser(t.prisma, { memberships: [{ institutionId: inst.id, memberRole: "OWNER" }] })).id);
    const member = await actorOf(t.prisma, (await seedUser(t.prisma, { memberships: [{ institutionId: inst.id, memberRole: "MEMBER" }] })).id);
    const other = await seedInstitution(t.prisma);
    const otherOwner = await actorOf(t.prisma, (await seedUser(t.prisma, { memberships: [{ institutionId: other.id, memberRole: "OWNER" }] })).id);
    const invite = (address: string, actor = owner) =>
      createInvitation({ db: t.prisma, actor, email: address, institutionId: inst.id, role: "INSTITUTION_USER", memberRole: "MEMBER" });
    return { inst, owner, member, other, otherOwner, invite };
  };

  it("lists the institution's pending invitations to those who may invite there", async () => {
    const { inst, owner, member, otherOwner, invite } = await setup();
    const address = email("liste");
    await invite(address);
    const listed = await listPendingInvitations({ db: t.prisma, actor: owner, institutionId: inst.id });
    expect(listed).toEqual([expect.objectContaining({ email: address, memberRole: "MEMBER", expired: false, institution: { id: inst.id, name: inst.name } })]);
    expect(await code(listPendingInvitations({ db: t.prisma, actor: member, institutionId: inst.id }))).toBe("NOT_FOUND");
    expect(await code(listPendingInvitations({ db: t.prisma, actor: otherOwner, institutionId: inst.id }))).toBe("NOT_FOUND");
    expect((await listPendingInvitations({ db: t.prisma, actor: coordinator })).map((i) => i.email)).toContain(address);
    expect(await code(listPendingInvitations({ db: t.prisma, actor: owner }))).toBe("NOT_FOUND");
  });

  it("inviting the same address again replaces the pending invitation: one live link", async () => {
    const { inst, invite } = await setup();
    const address = email("igjen");
    const first = await invite(address);
    const second = await invite(address.toUpperCase(), coordinator);
    expect((await findInvitation({ db: t.prisma, token: tokenOf(first.link) })).status).toBe("invalid");
    expect((await findInvitation({ db: t.prisma, token: tokenOf(second.link) })).status).toBe("open");
    expect(await t.prisma.invitation.count({ where: { email: address, institutionId: inst.id, usedAt: null } })).toBe(1);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { subject: `invitation:${second.invitation.id}` } });
    expect(audit.after).toMatchObject({ replaces: [first.invitation.id] });
    // two at once still leave one
    const third = email("samtidig");
    await Promise.all([invite(third), invite(third, coordinator)]);
    expect(await t.prisma.invitation.count({ where: { email: third, institutionId: inst.id, usedAt: null } })).toBe(1);
  });

  it("resending makes a new link and kills the old one; audited; only for those who may invite there", async () => {
    const { inst, owner, member, otherOwner, invite } = await setup();
    const first = await invite(email("paanytt"));
    const id = first.invitation.id;
    for (const actor of [member, otherOwner]) {
      expect(await code(resendInvitation({ db: t.prisma, actor, invitationId: id }))).toBe("NOT_FOUND");
    }
    // bound to another institution's page: not found there
    expect(await code(resendInvitation({ db: t.prisma, actor: otherOwner, invitationId: id, institutionId: (await seedInstitution(t.prisma)).id }))).toBe("NOT_FOUND");
    expect((await findInvitation({ db: t.prisma, token: tokenOf(first.link) })).status).toBe("open");

    const again = await resendInvitation({ db: t.prisma, actor: owner, invitationId: id, institutionId: inst.id, baseUrl: "https://ajour.example" });
    expect(again.link).toMatch(/^https:\/\/ajour\.example\/invitation\//);
    expect((await findInvitation({ db: t.prisma, token: tokenOf(first.link) })).status).toBe("invalid");
    expect((await findInvitation({ db: t.prisma, token: tokenOf(again.link) })).status).toBe("open");
    const actions = (await t.prisma.auditEvent.findMany({ where: { subject: `invitation:${id}` }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["invitation.create", "invitation.resend"]);
  });

  it("withdrawing kills the link and is audited; an accepted invitation cannot be withdrawn", async () => {
    const { inst, owner, member, invite } = await setup();
    const first = await invite(email("trekk"));
    expect(await code(revokeInvitation({ db: t.prisma, actor: member, invitationId: first.invitation.id }))).toBe("NOT_FOUND");
    await revokeInvitation({ db: t.prisma, actor: owner, invitationId: first.invitation.id, institutionId: inst.id });
    expect((await findInvitation({ db: t.prisma, token: tokenOf(first.link) })).status).toBe("invalid");
    expect(await t.prisma.auditEvent.count({ where: { subject: `invitation:${first.invitation.id}`, action: "invitation.revoke" } })).toBe(1);
    expect(await code(revokeInvitation({ db: t.prisma, actor: owner, invitationId: first.invitation.id }))).toBe("NOT_FOUND");

    const used = await invite(email("brukt"));
    await t.prisma.invitation.update({ where: { id: used.invitation.id }, data: { usedAt: new Date() } });
    expect(await code(revokeInvitation({ db: t.prisma, actor: owner, invitationId: used.invitation.id }))).toBe("CONFLICT");
    expect(await code(resendInvitation({ db: t.prisma, actor: owner, invitationId: used.invitation.id }))).toBe("CONFLICT");
  });

  it("the link is on the configured public URL, not on the inviter's host", () => {
    expect(invitationLink("abc", "https://ajour.example.no/")).toBe("https://ajour.example.no/invitation/abc");
    const configured = process.env.NEXTAUTH_URL;
    expect(invitationLink("abc")).toBe(`${(configured ?? "http://localhost:3000").replace(/\/+$/, "")}/invitation/abc`);
  });
});
