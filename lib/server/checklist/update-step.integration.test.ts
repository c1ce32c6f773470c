import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { getChecklist } from "./get-checklist";
import { getStepDetail } from "./get-step-detail";
import { stepSubject } from "./load-states";
import { C4_COMPLETE, CERTS_COMPLETE, coordinator, institutionWithMember, setStates, versionOf } from "./test-helpers";
import { updateStep, type TUpdateStepOptions } from "./update-step";

const kinds = await testDatabaseKinds();
const TODAY = "2026-11-26";
const SCOPES = { scopes: ["skatteetaten:inntekt", "skatteetaten:inntektsmottakere", "skatteetaten:tjenestepensjonsavtale", "nav:aareg/v1/arbeidsforhold/otp"] };

describe.each(kinds)("checklist step rules on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
  });
  afterAll(async () => t?.close());

  const update = (o: Omit<TUpdateStepOptions, "db" | "today">) => updateStep({ db: t.prisma, today: TODAY, ...o });
  const rule = (r: string) => ({ code: "INVALID", details: expect.objectContaining({ rule: r }) });

  it("refuses an institution user changing a Bits step, and writes nothing", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    await expect(update({ actor: user, institutionId: institution.id, stepKey: "B-5", expectedVersion: 0, status: "IN_PROGRESS" })).rejects.toMatchObject(rule("BITS_STEP"));
    expect(await t.prisma.institutionStep.count({ where: { institutionId: institution.id } })).toBe(0);
    const detail = await getStepDetail({ db: t.prisma, actor: user, institutionId: institution.id, stepKey: "B-5", today: TODAY });
    expect(detail.transitions).toEqual([]);
    expect(detail.canEdit).toBe(false);
  });

  it("refuses DONE while prerequisites are open; a coordinator may override only with a reason", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    const base = { institutionId: institution.id, stepKey: "C-2", status: "DONE" as const, evidence: SCOPES };
    await expect(update({ ...base, actor: user, expectedVersion: 0 })).rejects.toMatchObject(rule("PREREQUISITES_OPEN"));
    const bits = await coordinator(t.prisma);
    await expect(update({ ...base, actor: bits, expectedVersion: 0 })).rejects.toMatchObject(rule("OVERRIDE_REASON_REQUIRED"));
    await update({ ...base, actor: bits, expectedVersion: 0, reason: "Avklart på e-post med Digdir" });
    const row = await t.prisma.institutionStep.findUniqueOrThrow({ where: { institutionId_stepKey: { institutionId: institution.id, stepKey: "C-2" } } });
    expect(row).toMatchObject({ status: "DONE", reason: "Avklart på e-post med Digdir", version: 1, updatedById: bits.id });
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "step.update", subject: stepSubject(institution.id, "C-2") } });
    expect(audit.after).toMatchObject({ status: "DONE", override: true });
  });

  it("refuses DONE on A-2 without a production certificate, accepts it with both", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    const testOnly = { certificates: [CERTS_COMPLETE.certificates[0]] };
    const base = { actor: user, institutionId: institution.id, stepKey: "A-2", status: "DONE" as const };
    await expect(update({ ...base, expectedVersion: 0, evidence: testOnly })).rejects.toMatchObject({
      code: "INVALID",
      details: expect.objectContaining({ rule: "EVIDENCE_INCOMPLETE", missing: ["certificates.production"] }),
    });
    await expect(update({ ...base, expectedVersion: 0, evidence: { certificates: [{ expiresOn: "31.02.2027" }] } })).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { "evidence.certificates.0.expiresOn": ["errors.date"] } },
    });
    expect(await update({ ...base, expectedVersion: 0, evidence: CERTS_COMPLETE })).toMatchObject({ version: 1, status: "DONE" });
  });

  it("refuses review moves through the status list: sending and deciding are the review actions", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    await setStates(t.prisma, institution.id, { "C-3": "DONE", "A-6": "DONE" });
    const base = { institutionId: institution.id, stepKey: "C-4" };
    await expect(update({ ...base, actor: user, expectedVersion: 0, status: "DONE", evidence: C4_COMPLETE })).rejects.toMatchObject(rule("REVIEW_REQUIRED"));
    await expect(update({ ...base, actor: user, expectedVersion: 0, status: "AWAITING_REVIEW", evidence: C4_COMPLETE })).rejects.toMatchObject(rule("USE_REVIEW_ACTIONS"));
    expect(await versionOf(t.prisma, institution.id, "C-4")).toBe(0);
  });

  it("hides another institution: reading or updating it is NOT_FOUND and logged as access.denied", async () => {
    const a = await institutionWithMember(t.prisma);
    const b = await institutionWithMember(t.prisma);
    await expect(getChecklist({ db: t.prisma, actor: b.user, institutionId: a.institution.id, today: TODAY })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getStepDetail({ db: t.prisma, actor: b.user, institutionId: a.institution.id, stepKey: "A-1", today: TODAY })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(update({ actor: b.user, institutionId: a.institution.id, stepKey: "A-1", expectedVersion: 0, status: "DONE" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const denied = await t.prisma.auditEvent.findMany({ where: { action: "access.denied", actor: b.user.email } });
    expect(denied.map((d) => d.institutionId)).toEqual([a.institution.id, a.institution.id, a.institution.id]);
    expect(await t.prisma.institutionStep.count({ where: { institutionId: a.institution.id } })).toBe(0);
  });

  it.each([0, 1])("lets exactly one of two parallel saves at version %i win; the other gets CONFLICT naming the winner", async (start) => {
    const { institution } = await institutionWithMember(t.prisma);
    if (start === 1) await setStates(t.prisma, institution.id, { "A-1": "IN_PROGRESS" });
    const [anne, bjorn] = [await coordinator(t.prisma, "Anne Først"), await coordinator(t.prisma, "Bjørn Også")];
    const save = (actor: typeof anne, note: string) => update({ actor, institutionId: institution.id, stepKey: "A-1", expectedVersion: start, evidence: { note } });
    const results = await Promise.allSettled([save(anne, "fra Anne"), save(bjorn, "fra Bjørn")]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const row = await t.prisma.institutionStep.findUniqueOrThrow({ where: { institutionId_stepKey: { institutionId: institution.id, stepKey: "A-1" } } });
    const winner = row.updatedById === anne.id ? anne : bjorn;
    expect(lost[0].reason).toMatchObject({ code: "CONFLICT", details: { updatedBy: winner.name, version: start + 1 } });
    expect(row.version).toBe(start + 1);
    expect(await t.prisma.auditEvent.count({ where: { action: "step.update", subject: stepSubject(institution.id, "A-1") } })).toBe(1);
  });

  it("refuses a save based on a stale version and records before/after for every change", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    const base = { actor: user, institutionId: institution.id, stepKey: "A-5" };
    await update({ ...base, expectedVersion: 0, status: "IN_PROGRESS", dueDate: "2026-12-01" });
    await update({ ...base, expectedVersion: 1, status: "BLOCKED", reason: "Venter på innkjøp" });
    await expect(update({ ...base, expectedVersion: 1, status: "DONE" })).rejects.toMatchObject({ code: "CONFLICT", details: { updatedBy: user.name } });
    await expect(update({ ...base, expectedVersion: 2, status: "BLOCKED" })).rejects.toMatchObject(rule("NO_CHANGE"));
    expect(await versionOf(t.prisma, institution.id, "A-5")).toBe(2);
    const events = await t.prisma.auditEvent.findMany({ where: { action: "step.update", subject: stepSubject(institution.id, "A-5") }, orderBy: { at: "asc" } });
    expect(events.map((e) => [(e.before as { status: string }).status, (e.after as { status: string }).status])).toEqual([["NOT_STARTED", "IN_PROGRESS"], ["IN_PROGRESS", "BLOCKED"]]);
    expect(events[1].after).toMatchObject({ reason: "Venter på innkjøp", dueDate: "2026-12-01", version: 2 });
    const list = await getChecklist({ db: t.prisma, actor: user, institutionId: institution.id, today: "2026-12-02" });
    expect(list.overdue.map((s) => s.step.key)).toEqual(["A-5"]);
    expect(list.steps.find((s) => s.step.key === "A-5")).toMatchObject({ status: "BLOCKED", version: 2, updatedByName: user.name });
  });
});
