// Invitations for a supplier's staff (issue 13): the inviter chooses "employed by the supplier",
// the invitation carries the institution's supplier, and accepting makes the account that
// supplier's staff. The users page changes the affiliation later (audited).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedInstitution, seedUser } from "../../../prisma/seed/factories";
import { AppError } from "../../errors/app-error";
import type { CoreActor } from "../access/require-access";
import { getSupplierContext } from "../institutions/get-supplier-context";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { actorOf } from "../testing/actor-of";
import { listKnownSuppliers, setUserSupplier } from "../users/set-user-supplier";
import { acceptInvitation } from "./accept-invitation";
import { createInvitation } from "./create-invitation";

const kinds = await testDatabaseKinds();
const tokenOf = (link: string) => link.split("/invitation/")[1];
const failure = (p: Promise<unknown>) =>
  p.then(() => "OK", (e: unknown) => (e instanceof AppError ? `${e.code} ${e.message}` : `THREW ${String(e)}`));
const uniqueEmail = (tag: string) => `${tag}-${Math.random().toString(36).slice(2, 10)}@test.example`;
const SUPPLIER = "987654325";
const OTHER_SUPPLIER = "912345675";

describe.each(kinds)("supplier staff invitations on %s", (kind) => {
  let t: TestDatabase;
  let coordinator: CoreActor;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    coordinator = await actorOf(t.prisma, (await seedUser(t.prisma, { role: "COORDINATOR" })).id);
  });
  afterAll(async () => t?.close());

  const withSupplier = (orgnr = SUPPLIER, name = "Pensjonsdrift Leverandør AS") => seedInstitution(t.prisma, { supplierOrgnr: orgnr, supplierName: name });

  it("an owner invites a supplier employee: the invitation carries the institution's supplier, accepting applies it", async () => {
    const inst = await withSupplier();
    const owner = await actorOf(t.prisma, (await seedUser(t.prisma, { memberships: [{ institutionId: inst.id, memberRole: "OWNER" }] })).id);
    const email = uniqueEmail("leverandor");
    const { invitation, link } = await createInvitation({
      db: t.prisma, actor: owner, email, institutionId: inst.id, role: "INSTITUTION_USER", memberRole: "MEMBER", affiliation: "SUPPLIER",
    });
    expect((await t.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).supplierOrgnr).toBe(SUPPLIER);
    const created = await t.prisma.auditEvent.findFirstOrThrow({ where: { subject: `invitation:${invitation.id}`, action: "invitation.create" } });
    expect(created.after).toMatchObject({ supplierOrgnr: SUPPLIER });

    const { userId } = await acceptInvitation({ db: t.prisma, token: tokenOf(link), newAccount: { name: "Sara Leverandør", password: "et-langt-passord-123" } });
    const user = await t.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.supplierOrgnr).toBe(SUPPLIER);
    const context = await getSupplierContext({ db: t.prisma, actor: await actorOf(t.prisma, userId) });
    expect(context).toEqual({ orgnr: SUPPLIER, name: "Pensjonsdrift Leverandør AS", institutions: [{ id: inst.id, name: inst.name }] });
  });

  it("an invitation as the institution's own staff leaves the account without a supplier", async () => {
    const inst = await withSupplier();
    const { link, invitation } = await createInvitation({ db: t.prisma, actor: coordinator, email: uniqueEmail("egen"), institutionId: inst.id, role: "INSTITUTION_USER", memberRole: "MEMBER" });
    expect((await t.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).supplierOrgnr).toBeNull();
    const { userId } = await acceptInvitation({ db: t.prisma, token: tokenOf(link), newAccount: { name: "Egen Ansatt", password: "et-langt-passord-123" } });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: userId } })).supplierOrgnr).toBeNull();
  });

  it("refuses a supplier invitation where the institution has no supplier, storing nothing", async () => {
    const inst = await seedInstitution(t.prisma);
    const email = uniqueEmail("uten");
    expect(await failure(createInvitation({ db: t.prisma, actor: coordinator, email, institutionId: inst.id, role: "INSTITUTION_USER", memberRole: "MEMBER", affiliation: "SUPPLIER" }))).toBe("INVALID noSupplier");
    expect(await t.prisma.invitation.count({ where: { email } })).toBe(0);
  });

  it("an existing account of no supplier that accepts becomes the supplier's staff (audited)", async () => {
    const inst = await withSupplier();
    const existing = await seedUser(t.prisma);
    const { link } = await createInvitation({ db: t.prisma, actor: coordinator, email: existing.email, institutionId: inst.id, role: "INSTITUTION_USER", memberRole: "MEMBER", affiliation: "SUPPLIER" });
    await acceptInvitation({ db: t.prisma, token: tokenOf(link), signedInAs: { id: existing.id, email: existing.email } });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: existing.id } })).supplierOrgnr).toBe(SUPPLIER);
    const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "user.supplier.change", subject: `user:${existing.id}` } });
    expect(event.before).toMatchObject({ supplierOrgnr: null });
    expect(event.after).toMatchObject({ supplierOrgnr: SUPPLIER });
  });

  it("an account of another supplier is refused when invited and when accepting; nothing changes", async () => {
    const inst = await withSupplier();
    const other = await seedUser(t.prisma, { supplierOrgnr: OTHER_SUPPLIER });
    expect(await failure(createInvitation({ db: t.prisma, actor: coordinator, email: other.email, institutionId: inst.id, role: "INSTITUTION_USER", memberRole: "MEMBER", affiliation: "SUPPLIER" }))).toBe("CONFLICT otherSupplier");

    // invited while it had no supplier; another supplier marked it before it accepted
    const later = await seedUser(t.prisma);
    const { link, invitation } = await createInvitation({ db: t.prisma, actor: coordinator, email: later.email, institutionId: inst.id, role: "INSTITUTION_USER", memberRole: "MEMBER", affiliation: "SUPPLIER" });
    await t.prisma.user.update({ where: { id: later.id }, data: { supplierOrgnr: OTHER_SUPPLIER } });
    expect(await failure(acceptInvitation({ db: t.prisma, token: tokenOf(link), signedInAs: { id: later.id, email: later.email } }))).toBe("CONFLICT otherSupplier");
    expect((await t.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).usedAt).toBeNull();
    expect(await t.prisma.membership.count({ where: { userId: later.id, institutionId: inst.id } })).toBe(0);
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: later.id } })).supplierOrgnr).toBe(OTHER_SUPPLIER);
  });

  it("a coordinator sets and clears a user's supplier affiliation, audited; unknown suppliers, Bits accounts and oneself are refused", async () => {
    await withSupplier(SUPPLIER, "Pensjonsdrift Leverandør AS");
    const user = await seedUser(t.prisma);
    await setUserSupplier({ db: t.prisma, actor: coordinator, userId: user.id, supplierOrgnr: SUPPLIER });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).supplierOrgnr).toBe(SUPPLIER);
    await setUserSupplier({ db: t.prisma, actor: coordinator, userId: user.id, supplierOrgnr: null });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).supplierOrgnr).toBeNull();
    const events = await t.prisma.auditEvent.findMany({ where: { action: "user.supplier.change", subject: `user:${user.id}` }, orderBy: { id: "asc" } });
    expect(events.map((e) => [(e.before as { supplierOrgnr: string | null }).supplierOrgnr, (e.after as { supplierOrgnr: string | null }).supplierOrgnr])).toEqual([[null, SUPPLIER], [SUPPLIER, null]]);
    expect(events.every((e) => e.actor === coordinator.email)).toBe(true);

    expect(await failure(setUserSupplier({ db: t.prisma, actor: coordinator, userId: user.id, supplierOrgnr: "111111111" }))).toBe("INVALID unknownSupplier");
    const colleague = await seedUser(t.prisma, { role: "COORDINATOR" });
    expect(await failure(setUserSupplier({ db: t.prisma, actor: coordinator, userId: colleague.id, supplierOrgnr: SUPPLIER }))).toBe("NOT_FOUND NOT_FOUND");
    expect(await failure(setUserSupplier({ db: t.prisma, actor: coordinator, userId: coordinator.id, supplierOrgnr: SUPPLIER }))).toBe("INVALID self");
    const member = await actorOf(t.prisma, (await seedUser(t.prisma)).id);
    expect(await failure(setUserSupplier({ db: t.prisma, actor: member, userId: user.id, supplierOrgnr: SUPPLIER }))).toBe("NOT_FOUND NOT_FOUND");
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).supplierOrgnr).toBeNull();
    expect(await listKnownSuppliers({ db: t.prisma })).toContainEqual({ orgnr: SUPPLIER, name: "Pensjonsdrift Leverandør AS" });
  });
});
