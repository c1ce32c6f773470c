import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES } from "../../test-panel/scenario";
import { coordinator, institutionWithMember, member } from "../checklist/test-helpers";
import { getSandboxEmployer } from "../sandbox/manage-data";
import { saveAgreement, saveEmployerMonths } from "../sandbox/store";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { deleteTestScenario } from "./delete-test-scenario";
import { listTestScenarios } from "./list-test-scenarios";
import { saveTestScenario } from "./save-test-scenario";

const kinds = await testDatabaseKinds();
const [E1, E2] = EXAMPLES;

describe.each(kinds)("saved test-panel scenarios on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
  });
  afterAll(async () => t?.close());

  const audits = (institutionId: string) =>
    t.prisma.auditEvent.findMany({ where: { institutionId, action: { startsWith: "testScenario." } }, orderBy: { at: "asc" } });

  it("saves, lists with who and when, overwrites only when asked, and deletes; each write audited", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    const other = await member(t.prisma, institution.id, "Annen Medarbeider");
    const scope = { db: t.prisma, institutionId: institution.id };
    const { id, created } = await saveTestScenario({ ...scope, actor: user, name: " Eksempel 2 ", scenario: E2 });
    expect(created).toBe(true);

    // the same name again: refused with the name field named, nothing changed
    await expect(saveTestScenario({ ...scope, actor: other, name: "Eksempel 2", scenario: E1 }))
      .rejects.toMatchObject({ code: "CONFLICT", details: { fieldErrors: { name: ["exists"] } } });
    let list = await listTestScenarios({ ...scope, actor: other });
    expect(list.map((r) => [r.name, r.scenario, r.createdBy, r.updatedBy])).toEqual([["Eksempel 2", E2, user.name, user.name]]);

    // overwrite: same row, new scenario, updated by the other member, created by stays
    const withQuery = { ...E1, query: { fraOgMed: "2022-01", tilOgMed: "2022-12" } };
    expect(await saveTestScenario({ ...scope, actor: other, name: "Eksempel 2", scenario: withQuery, overwrite: true })).toEqual({ id, created: false });
    await saveTestScenario({ ...scope, actor: user, name: "Annet", scenario: E1, overwrite: true }); // overwrite of a new name creates it
    list = await listTestScenarios({ ...scope, actor: user });
    expect(list.map((r) => [r.name, r.scenario, r.createdBy, r.updatedBy])).toEqual([
      ["Annet", E1, user.name, user.name],
      ["Eksempel 2", withQuery, user.name, other.name],
    ]);
    expect(list[1].updatedAt.getTime()).toBeGreaterThanOrEqual(list[1].createdAt.getTime());

    await deleteTestScenario({ ...scope, actor: other, scenarioId: id });
    await expect(deleteTestScenario({ ...scope, actor: other, scenarioId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listTestScenarios({ ...scope, actor: user })).map((r) => r.name)).toEqual(["Annet"]);

    const events = (await audits(institution.id)).filter((e) => e.subject === `test-scenario:${id}`);
    expect(events.map((e) => [e.action, e.actor])).toEqual([
      ["testScenario.saved", user.email],
      ["testScenario.saved", other.email],
      ["testScenario.deleted", other.email],
    ]);
    expect(events[0].before).toBeNull();
    expect(events[0].after).toEqual({ name: "Eksempel 2", scenario: E2 });
    expect(events[1].before).toEqual({ name: "Eksempel 2", scenario: E2 });
    expect(events[1].after).toEqual({ name: "Eksempel 2", scenario: withQuery });
    expect(events[2].before).toEqual({ name: "Eksempel 2", scenario: withQuery });
  });

  it("the same name may be used by another institution; a coordinator may save for any institution", async () => {
    const a = await institutionWithMember(t.prisma);
    const b = await institutionWithMember(t.prisma);
    const coord = await coordinator(t.prisma);
    await saveTestScenario({ db: t.prisma, actor: a.user, institutionId: a.institution.id, name: "Felles", scenario: E1 });
    await saveTestScenario({ db: t.prisma, actor: coord, institutionId: b.institution.id, name: "Felles", scenario: E2 });
    expect((await listTestScenarios({ db: t.prisma, actor: coord, institutionId: a.institution.id })).map((r) => r.scenario)).toEqual([E1]);
    expect((await listTestScenarios({ db: t.prisma, actor: b.user, institutionId: b.institution.id })).map((r) => [r.scenario, r.createdBy])).toEqual([[E2, coord.name]]);
  });

  it("refuses another institution's user: NOT_FOUND, access.denied audited, nothing written", async () => {
    const a = await institutionWithMember(t.prisma);
    const b = await institutionWithMember(t.prisma);
    const { id } = await saveTestScenario({ db: t.prisma, actor: a.user, institutionId: a.institution.id, name: "Hemmelig", scenario: E1 });
    const scope = { db: t.prisma, actor: b.user, institutionId: a.institution.id };
    await expect(listTestScenarios(scope)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveTestScenario({ ...scope, name: "Hemmelig", scenario: E2, overwrite: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteTestScenario({ ...scope, scenarioId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSandboxEmployer({ ...scope, opplysningspliktig: "974760673" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // b's own institution, a's scenario id: not found, a's scenario stays
    await expect(deleteTestScenario({ db: t.prisma, actor: b.user, institutionId: b.institution.id, scenarioId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const denied = await t.prisma.auditEvent.findMany({ where: { actor: b.user.email, action: "access.denied" }, orderBy: { at: "asc" } });
    expect(denied.map((e) => [e.subject, e.institutionId])).toEqual([
      [`testpanel.use institution:${a.institution.id}`, a.institution.id],
      [`testpanel.use institution:${a.institution.id}`, a.institution.id],
      [`testpanel.use institution:${a.institution.id}`, a.institution.id],
      [`sandbox.token.manage institution:${a.institution.id}`, a.institution.id],
    ]);
    expect((await listTestScenarios({ db: t.prisma, actor: a.user, institutionId: a.institution.id })).map((r) => [r.name, r.scenario])).toEqual([["Hemmelig", E1]]);
    expect(await t.prisma.auditEvent.count({ where: { actor: b.user.email, action: { startsWith: "testScenario." } } })).toBe(0);
  });

  it.each([
    ["an empty name", "  ", E1, { name: ["nameRequired"] }],
    ["a name over 100 characters", "x".repeat(101), E1, { name: ["nameTooLong"] }],
    ["months out of order", "ok", { ...E1, months: ["2022-05", "2022-03"] }, { scenario: ["scenario"] }],
    ["an invalid org number", "ok", { ...E1, orgnr: "123" }, { scenario: ["scenario"] }],
    ["an agreement ending before it starts", "ok", { ...E1, agreements: [{ avtalereferanse: "a", fraOgMed: "2022-05", tilOgMed: "2022-01" }] }, { scenario: ["scenario"] }],
    ["not a scenario at all", "ok", "op=974760673", { scenario: ["scenario"] }],
  ])("refuses %s with the field named, and changes nothing", async (_label, name, scenario, fieldErrors) => {
    const { institution, user } = await institutionWithMember(t.prisma);
    const scope = { db: t.prisma, actor: user, institutionId: institution.id };
    await saveTestScenario({ ...scope, name: "ok", scenario: E2 });
    await expect(saveTestScenario({ ...scope, name, scenario, overwrite: true })).rejects.toMatchObject({ code: "INVALID", details: { fieldErrors } });
    expect((await listTestScenarios(scope)).map((r) => [r.name, r.scenario])).toEqual([["ok", E2]]);
    expect((await audits(institution.id)).map((e) => e.action)).toEqual(["testScenario.saved"]);
  });

  it("reads one employer's sandbox data as the API does (months sorted, agreements as stored)", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    const scope = { db: t.prisma, actor: user, institutionId: institution.id };
    await saveEmployerMonths(t.prisma, institution.id, "974760673", ["2022-11", "2022-03"]);
    await saveAgreement(t.prisma, institution.id, { avtalereferanse: "avtale-1", fraOgMed: "2022-03", tilOgMed: "2022-11", opplysningspliktig: { norskIdentifikator: "974760673" } });
    await saveAgreement(t.prisma, institution.id, { avtalereferanse: "annen-op", fraOgMed: "2020-01", opplysningspliktig: { norskIdentifikator: "889640782" } });
    expect(await getSandboxEmployer({ ...scope, opplysningspliktig: "974760673" })).toEqual({ employerMonths: E2.months, agreements: E2.agreements });
    expect(await getSandboxEmployer({ ...scope, opplysningspliktig: "889640782" })).toEqual({ employerMonths: [], agreements: [{ avtalereferanse: "annen-op", fraOgMed: "2020-01" }] });
  });
});
