// "Added to an institution → that person" (issue 14): an existing account that accepts an
// invitation to one more institution is told in its inbox, in the same transaction as the
// membership; a new account (which just accepted) is not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { seedInstitution } from "../../../prisma/seed/factories";
import { institutionWithMember, type TTestActor } from "../checklist/test-helpers";
import { createInvitation } from "../invitations/create-invitation";
import { acceptInvitation } from "../invitations/accept-invitation";
import { listNotifications, unreadCount } from "./inbox";

const kinds = await testDatabaseKinds();

describe.each(kinds)("memberAdded on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function invite(actor: TTestActor, institutionId: string, email: string) {
    const { link } = await createInvitation({ db: t.prisma, actor, email, institutionId, role: "INSTITUTION_USER", memberRole: "MEMBER" });
    return link.split("/invitation/")[1];
  }

  it("an existing account accepting an invitation to a second institution gets 'added to' in its inbox, linking to the institution", async () => {
    const first = await institutionWithMember(t.prisma);
    const second = await institutionWithMember(t.prisma);
    // a new person joins the first institution: no "added" notice for a new account
    const email = `to-steder-${Date.now()}@test.example`;
    const joined = await acceptInvitation({ db: t.prisma, token: await invite(first.user, first.institution.id, email), newAccount: { name: "Tone To", password: "et-langt-og-sterkt-passord-2026" } });
    expect(await unreadCount(t.prisma, joined.userId)).toBe(0);

    // the same account accepts an invitation to the second institution while signed in
    await acceptInvitation({ db: t.prisma, token: await invite(second.user, second.institution.id, email), signedInAs: { id: joined.userId, email } });
    const inbox = await listNotifications({ db: t.prisma, userId: joined.userId, show: "unread", locale: "nb" });
    expect(inbox.map((n) => n.text)).toEqual([`Du er lagt til i ${second.institution.name}`]);
    expect(inbox[0].link).toBe(`/institutions/${second.institution.id}`);
    const rows = await t.prisma.notification.findMany({ where: { userId: joined.userId } });
    expect(rows.map((r) => [r.kind, r.institutionId])).toEqual([["memberAdded", second.institution.id]]);
  });

  it("an invitation that fails to be accepted adds nobody and notifies nobody", async () => {
    const inst = await seedInstitution(t.prisma, {});
    const other = await institutionWithMember(t.prisma);
    const email = `avvist-${Date.now()}@test.example`;
    const joined = await acceptInvitation({ db: t.prisma, token: await invite(other.user, other.institution.id, email), newAccount: { name: "Aud Avvist", password: "et-langt-og-sterkt-passord-2026" } });
    const owner = await institutionWithMember(t.prisma);
    const token = await invite(owner.user, owner.institution.id, email);
    // signed in as someone else: refused, nothing changes
    await expect(acceptInvitation({ db: t.prisma, token, signedInAs: { id: other.user.id, email: other.user.email } })).rejects.toMatchObject({ code: "INVALID" });
    expect(await unreadCount(t.prisma, joined.userId)).toBe(0);
    expect(await t.prisma.membership.count({ where: { userId: joined.userId, institutionId: { in: [owner.institution.id, inst.id] } } })).toBe(0);
  });
});
