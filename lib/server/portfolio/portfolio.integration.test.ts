// Issue 15's overview tools against a real database: ownership, sorting and the owner filter,
// saved views (owner-only changes, sharing), and every bulk action including the all-or-nothing
// refusal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedInstitution, seedUser } from "../../../prisma/seed/factories";
import { AppError } from "../../errors/app-error";
import { ZOverviewFilterSchema } from "../../validation/checklist";
import { ZBulkActionSchema } from "../../validation/overview-tools";
import { listOverview } from "../checklist/list-overview";
import { osloToday } from "../checklist/load-states";
import { coordinator, member, setStates, type TTestActor } from "../checklist/test-helpers";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { runBulkAction } from "./bulk-actions";
import { setOwnership } from "./ownership";
import { createSavedView, deleteSavedView, listSavedViews, renameSavedView, shareSavedView } from "./saved-views";

const kinds = await testDatabaseKinds();
const today = osloToday();

describe.each(kinds)("overview tools on %s", (kind) => {
  let t: TestDatabase;
  let kari: TTestActor;
  let ola: TTestActor;
  let owner: TTestActor;
  const inst: Record<"alfa" | "beta" | "gamma", string> = { alfa: "", beta: "", gamma: "" };

  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    kari = await coordinator(t.prisma, "Kari Koordinator");
    ola = await coordinator(t.prisma, "Ola Nordmann");
    inst.alfa = (await seedInstitution(t.prisma, { name: "Alfa Pensjon" })).id;
    inst.beta = (await seedInstitution(t.prisma, { name: "Beta Pensjon" })).id;
    inst.gamma = (await seedInstitution(t.prisma, { name: "Gamma Pensjon" })).id;
    owner = await member(t.prisma, inst.alfa, "Anne Eier");
    await setStates(t.prisma, inst.beta, { "A-1": "DONE", "A-2": "DONE", "A-3": "DONE" });
  });
  afterAll(async () => t?.close());

  const overview = (actor: TTestActor, filters: Record<string, string> = {}) =>
    listOverview({ db: t.prisma, actor, today, filters: ZOverviewFilterSchema.parse(filters) });
  const names = async (actor: TTestActor, filters: Record<string, string> = {}) => (await overview(actor, filters)).rows.map((r) => r.institution.name);
  const refusal = async (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);
  const auditCount = (action: string) => t.prisma.auditEvent.count({ where: { action } });

  it("sets ownership (audited) and refuses a non-coordinator or a contact who is no member", async () => {
    await setOwnership({ db: t.prisma, actor: kari, institutionId: inst.alfa, input: { responsibleCoordinatorId: kari.id, mainContactUserId: owner.id } });
    const alfa = await t.prisma.institution.findUniqueOrThrow({ where: { id: inst.alfa } });
    expect([alfa.responsibleCoordinatorId, alfa.mainContactUserId]).toEqual([kari.id, owner.id]);
    const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "institution.ownership", institutionId: inst.alfa } });
    expect(event.after).toMatchObject({ responsibleCoordinator: kari.email, mainContact: owner.email });

    const notMember = await refusal(setOwnership({ db: t.prisma, actor: kari, institutionId: inst.beta, input: { responsibleCoordinatorId: null, mainContactUserId: owner.id } }));
    expect(notMember?.details?.fieldErrors).toEqual({ mainContactUserId: ["errors.notMember"] });
    const notBits = await refusal(setOwnership({ db: t.prisma, actor: kari, institutionId: inst.beta, input: { responsibleCoordinatorId: owner.id, mainContactUserId: null } }));
    expect(notBits?.details?.fieldErrors).toEqual({ responsibleCoordinatorId: ["errors.notCoordinator"] });
    const byOwner = await refusal(setOwnership({ db: t.prisma, actor: owner, institutionId: inst.alfa, input: { responsibleCoordinatorId: null, mainContactUserId: null } }));
    expect(byOwner?.code).toBe("NOT_FOUND");
    expect((await t.prisma.institution.findUniqueOrThrow({ where: { id: inst.alfa } })).responsibleCoordinatorId).toBe(kari.id);
  });

  it("filters by mine, none and a coordinator, and sorts by coordinator and either direction", async () => {
    expect(await names(kari, { owner: "mine" })).toEqual(["Alfa Pensjon"]);
    expect(await names(ola, { owner: "mine" })).toEqual([]);
    expect(await names(ola, { owner: kari.id })).toEqual(["Alfa Pensjon"]);
    expect(await names(kari, { owner: "none" })).toEqual(["Beta Pensjon", "Gamma Pensjon"]);
    expect(await names(kari, { sort: "name", dir: "desc" })).toEqual(["Gamma Pensjon", "Beta Pensjon", "Alfa Pensjon"]);
    expect(await names(kari, { sort: "progress", dir: "desc" })).toEqual(["Beta Pensjon", "Alfa Pensjon", "Gamma Pensjon"]);
    expect(await names(kari, { sort: "coordinator" })).toEqual(["Alfa Pensjon", "Beta Pensjon", "Gamma Pensjon"]);
    const { people, rows } = await overview(kari);
    expect(people.get(kari.id)).toMatchObject({ name: "Kari Koordinator", assignable: true });
    expect(rows.find((r) => r.institution.id === inst.alfa)!.ownership).toEqual({ coordinatorId: kari.id, contactId: owner.id });
  });

  it("saved views: own and shared are listed; only the owner renames, shares or deletes", async () => {
    const mine = await createSavedView({ db: t.prisma, actor: kari, input: { name: "Mine forsinkede", query: "?overdue=on&owner=mine&page=3", shared: false } });
    const team = await createSavedView({ db: t.prisma, actor: kari, input: { name: "Uten ansvarlig", query: "owner=none", shared: true } });
    expect((await t.prisma.savedView.findUniqueOrThrow({ where: { id: mine.id } })).query).toBe("owner=mine&overdue=on");
    expect((await listSavedViews({ db: t.prisma, actor: ola })).map((v) => [v.name, v.mine, v.ownerName])).toEqual([["Uten ansvarlig", false, "Kari Koordinator"]]);
    expect((await listSavedViews({ db: t.prisma, actor: kari })).map((v) => v.name)).toEqual(["Mine forsinkede", "Uten ansvarlig"]);
    // another coordinator cannot change a view shared with them
    expect((await refusal(renameSavedView({ db: t.prisma, actor: ola, viewId: team.id, name: "Kapret" })))?.code).toBe("NOT_FOUND");
    expect((await refusal(shareSavedView({ db: t.prisma, actor: ola, viewId: team.id, shared: false })))?.code).toBe("NOT_FOUND");
    expect((await refusal(deleteSavedView({ db: t.prisma, actor: ola, viewId: team.id })))?.code).toBe("NOT_FOUND");
    expect(await t.prisma.savedView.findUniqueOrThrow({ where: { id: team.id } })).toMatchObject({ name: "Uten ansvarlig", shared: true });
    // an institution user sees none
    expect((await refusal(listSavedViews({ db: t.prisma, actor: owner })))?.code).toBe("NOT_FOUND");
    await renameSavedView({ db: t.prisma, actor: kari, viewId: mine.id, name: "Mine, forsinket" });
    await shareSavedView({ db: t.prisma, actor: kari, viewId: mine.id, shared: true });
    expect((await listSavedViews({ db: t.prisma, actor: ola })).map((v) => v.name)).toEqual(["Mine, forsinket", "Uten ansvarlig"]);
    await shareSavedView({ db: t.prisma, actor: kari, viewId: team.id, shared: false });
    expect((await listSavedViews({ db: t.prisma, actor: ola })).map((v) => v.name)).toEqual(["Mine, forsinket"]);
    await deleteSavedView({ db: t.prisma, actor: kari, viewId: mine.id });
    expect(await t.prisma.savedView.count({ where: { id: mine.id } })).toBe(0);
  });

  const bulk = (actor: TTestActor, input: Record<string, unknown>) => runBulkAction({ db: t.prisma, actor, action: ZBulkActionSchema.parse(input) });

  it("sets a step's due date on every selected institution, one audit event each", async () => {
    const before = await auditCount("step.update");
    const r = await bulk(kari, { op: "dueDate", ids: [inst.alfa, inst.beta], stepKey: "B-1", dueDate: "15.01.2027" });
    expect(r).toMatchObject({ selected: 2, changed: 2 });
    const rows = await t.prisma.institutionStep.findMany({ where: { stepKey: "B-1", institutionId: { in: [inst.alfa, inst.beta] } } });
    expect(rows.map((s) => s.dueDate?.toISOString().slice(0, 10))).toEqual(["2027-01-15", "2027-01-15"]);
    expect(await auditCount("step.update")).toBe(before + 2);
    // again: nothing changes, nothing is recorded
    expect(await bulk(kari, { op: "dueDate", ids: [inst.alfa, inst.beta], stepKey: "B-1", dueDate: "2027-01-15" })).toMatchObject({ changed: 0 });
    expect(await auditCount("step.update")).toBe(before + 2);
    const unknown = await refusal(bulk(kari, { op: "dueDate", ids: [inst.alfa], stepKey: "D-99", dueDate: "2027-01-15" }));
    expect(unknown?.details?.fieldErrors).toEqual({ stepKey: ["errors.stepNotInChecklist"] });
  });

  it("assigns the responsible coordinator (audited) and refuses someone outside Bits", async () => {
    const r = await bulk(kari, { op: "assign", ids: [inst.alfa, inst.beta, inst.gamma], coordinatorId: ola.id });
    expect(r).toMatchObject({ selected: 3, changed: 3 });
    expect(await names(ola, { owner: "mine" })).toEqual(["Alfa Pensjon", "Beta Pensjon", "Gamma Pensjon"]);
    expect(await t.prisma.auditEvent.count({ where: { action: "institution.ownership", after: { path: ["responsibleCoordinator"], equals: ola.email } } })).toBe(3);
    const outsider = await refusal(bulk(kari, { op: "assign", ids: [inst.alfa], coordinatorId: owner.id }));
    expect(outsider?.details?.fieldErrors).toEqual({ responsibleCoordinatorId: ["errors.notCoordinator"] });
  });

  it("reminds owners and the main contact through their notifications, audited, in one transaction", async () => {
    const notes = () => t.prisma.notification.findMany({ where: { kind: "reminder", institutionId: inst.alfa }, select: { userId: true, params: true, link: true } });
    const r = await bulk(kari, { op: "remind", ids: [inst.alfa], message: "Husk B-1" });
    expect(r).toMatchObject({ changed: 1, reminded: { people: 1 } });
    const sent = await notes();
    expect(sent).toEqual([{ userId: owner.id, params: expect.objectContaining({ institution: expect.any(String), message: "Husk B-1" }), link: `/institutions/${inst.alfa}` }]);
    const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "institution.reminder", institutionId: inst.alfa } });
    expect(event.after).toMatchObject({ recipients: [owner.email], message: "Husk B-1" });
    // beta has nobody to remind: the whole action is refused, alfa included, and nothing is sent
    const before = await auditCount("institution.reminder");
    const nobody = await refusal(bulk(kari, { op: "remind", ids: [inst.alfa, inst.beta] }));
    expect(nobody?.message).toBe("no-recipients");
    expect(await notes()).toHaveLength(1);
    expect(await auditCount("institution.reminder")).toBe(before);
  });

  it("refuses the whole selection when one institution is out of scope, and changes nothing", async () => {
    const stranger = await seedUser(t.prisma, { name: "Stranger" });
    const snapshot = async () => (await t.prisma.institution.findMany({ orderBy: { id: "asc" }, select: { id: true, responsibleCoordinatorId: true, updatedAt: true } }));
    const before = await snapshot();
    const events = await t.prisma.auditEvent.count();
    // a coordinator with an id that does not exist (deleted, or forged)
    const gone = await refusal(bulk(kari, { op: "assign", ids: [inst.alfa, "c-does-not-exist"], coordinatorId: kari.id }));
    expect([gone?.code, gone?.message]).toEqual(["NOT_FOUND", "out-of-scope"]);
    expect(await snapshot()).toEqual(before);
    expect(await t.prisma.auditEvent.count()).toBe(events);
    // an owner of alfa forging the action for alfa and gamma: refused, the attempt recorded
    const forged = await refusal(bulk(owner, { op: "assign", ids: [inst.alfa, inst.gamma], coordinatorId: kari.id }));
    expect(forged?.code).toBe("NOT_FOUND");
    const due = await refusal(bulk({ id: stranger.id, email: stranger.email, name: stranger.name, role: "INSTITUTION_USER", memberships: [] }, { op: "dueDate", ids: [inst.alfa], stepKey: "A-1", dueDate: "2027-02-01" }));
    expect(due?.code).toBe("NOT_FOUND");
    expect(await snapshot()).toEqual(before);
    expect(await t.prisma.auditEvent.count({ where: { action: { not: "access.denied" }, actor: { in: [owner.email, stranger.email] } } })).toBe(0);
    expect(await t.prisma.institutionStep.count({ where: { stepKey: "A-1", institutionId: inst.alfa, dueDate: { not: null } } })).toBe(0);
  });
});
