// Issue 13: org number, BLP membership and the supplier decide which steps apply. Only a
// coordinator changes them; an owner's save that would is refused, and the owner sends a change
// request that a coordinator approves (applied in one audited transaction) or rejects.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { coordinator, institutionWithMember, member } from "../checklist/test-helpers";
import { decideInstitutionChange } from "./decide-institution-change";
import { latestChangeRequest, listOpenChangeRequests } from "./list-change-requests";
import { requestInstitutionChange } from "./request-institution-change";
import { updateInstitution } from "./update-institution";

const kinds = await testDatabaseKinds();
const code = (p: Promise<unknown>) => p.then(() => "OK", (e: unknown) => (e instanceof AppError ? e.code : `THREW ${String(e)}`));

describe.each(kinds)("institution change requests on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
  });
  afterAll(async () => t?.close());

  const profile = async (id: string) => t.prisma.institution.findUniqueOrThrow({ where: { id } });
  const form = (i: { name: string; orgnr: string; blpMember: boolean; supplierOrgnr: string | null; supplierName: string | null }, extra: Record<string, unknown> = {}) =>
    ({ name: i.name, orgnr: i.orgnr, blpMember: i.blpMember ? "on" : "", supplierOrgnr: i.supplierOrgnr ?? "", supplierName: i.supplierName ?? "", targetProductionDate: "", ...extra });

  it("refuses an owner's save that changes what decides the checklist, and changes nothing; other fields save", async () => {
    const { institution, user: owner } = await institutionWithMember(t.prisma);
    const before = await profile(institution.id);
    for (const change of [{ blpMember: before.blpMember ? "" : "on" }, { supplierOrgnr: "974760673", supplierName: "Lev AS" }, { orgnr: "923609016" }]) {
      const error = await updateInstitution({ db: t.prisma, actor: owner, institutionId: institution.id, input: form(before, change) }).catch((e: unknown) => e as AppError);
      expect(error).toMatchObject({ code: "INVALID" });
      expect(Object.values((error as AppError).details?.fieldErrors ?? {})).toContainEqual(["errors.coordinatorOnly"]);
    }
    expect(await profile(institution.id)).toEqual(before);
    await updateInstitution({ db: t.prisma, actor: owner, institutionId: institution.id, input: form(before, { name: "Nytt navn" }) });
    expect((await profile(institution.id)).name).toBe("Nytt navn");
    // a coordinator may
    const bits = await coordinator(t.prisma);
    await updateInstitution({ db: t.prisma, actor: bits, institutionId: institution.id, input: form(before, { blpMember: before.blpMember ? "" : "on" }) });
    expect((await profile(institution.id)).blpMember).toBe(!before.blpMember);
  });

  it("an owner's request lands in the queue; approving applies it in one audited transaction", async () => {
    const { institution, user: owner } = await institutionWithMember(t.prisma);
    const before = await profile(institution.id);
    const input = { orgnr: before.orgnr, blpMember: before.blpMember ? "" : "on", supplierOrgnr: "974760673", supplierName: "Pensjonsdrift AS", reason: "Vi har fått leverandør." };
    const request = await requestInstitutionChange({ db: t.prisma, actor: owner, institutionId: institution.id, input });
    expect(request.proposed).toEqual({ blpMember: !before.blpMember, supplierOrgnr: "974760673", supplierName: "Pensjonsdrift AS" });
    // one open request at a time
    expect(await code(requestInstitutionChange({ db: t.prisma, actor: owner, institutionId: institution.id, input }))).toBe("CONFLICT");
    expect(await profile(institution.id)).toEqual(before);
    expect((await latestChangeRequest({ db: t.prisma, actor: owner, institutionId: institution.id }))?.status).toBe("OPEN");

    const bits = await coordinator(t.prisma, "Berit Bits");
    expect((await listOpenChangeRequests({ db: t.prisma, actor: bits })).map((r) => r.id)).toContain(request.id);
    expect(await code(listOpenChangeRequests({ db: t.prisma, actor: owner }))).toBe("NOT_FOUND");
    expect(await code(decideInstitutionChange({ db: t.prisma, actor: owner, requestId: request.id, decision: "APPROVE", note: null }))).toBe("NOT_FOUND");

    await decideInstitutionChange({ db: t.prisma, actor: bits, requestId: request.id, decision: "APPROVE", note: null });
    expect(await profile(institution.id)).toMatchObject({ blpMember: !before.blpMember, supplierOrgnr: "974760673", supplierName: "Pensjonsdrift AS" });
    expect(await t.prisma.institutionChangeRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "APPROVED", decidedById: bits.id });
    const actions = (await t.prisma.auditEvent.findMany({ where: { institutionId: institution.id, action: { startsWith: "institution." } }, orderBy: [{ at: "asc" }, { id: "asc" }] })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["institution.change.request", "institution.update", "institution.change.approve"]));
    // decided once
    expect(await code(decideInstitutionChange({ db: t.prisma, actor: bits, requestId: request.id, decision: "REJECT", note: "For sent" }))).toBe("CONFLICT");
  });

  it("rejecting needs a reason, changes nothing and the owner sees the decision; a request must change something", async () => {
    const { institution, user: owner } = await institutionWithMember(t.prisma);
    const before = await profile(institution.id);
    const same = { orgnr: before.orgnr, blpMember: before.blpMember ? "on" : "", supplierOrgnr: "", supplierName: "", reason: "Ingen endring" };
    expect(await code(requestInstitutionChange({ db: t.prisma, actor: owner, institutionId: institution.id, input: same }))).toBe("INVALID");
    const plain = await member(t.prisma, institution.id, "Vanlig Medlem");
    await t.prisma.membership.updateMany({ where: { userId: plain.id }, data: { memberRole: "MEMBER" } });
    expect(await code(requestInstitutionChange({ db: t.prisma, actor: { ...plain, memberships: [{ institutionId: institution.id, memberRole: "MEMBER" }] }, institutionId: institution.id, input: { ...same, orgnr: "923609016" } }))).toBe("NOT_FOUND");

    const request = await requestInstitutionChange({ db: t.prisma, actor: owner, institutionId: institution.id, input: { ...same, orgnr: "923609016", reason: "Feil nummer" } });
    const bits = await coordinator(t.prisma);
    expect(await code(decideInstitutionChange({ db: t.prisma, actor: bits, requestId: request.id, decision: "REJECT", note: " " }))).toBe("INVALID");
    await decideInstitutionChange({ db: t.prisma, actor: bits, requestId: request.id, decision: "REJECT", note: "Nummeret stemmer i Enhetsregisteret." });
    expect(await profile(institution.id)).toEqual(before);
    expect(await latestChangeRequest({ db: t.prisma, actor: owner, institutionId: institution.id })).toMatchObject({ status: "REJECTED", decisionNote: "Nummeret stemmer i Enhetsregisteret." });
    expect(await t.prisma.auditEvent.count({ where: { institutionId: institution.id, action: "institution.change.reject" } })).toBe(1);
  });
});
