import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { addStepComment } from "./add-step-comment";
import { getChecklist } from "./get-checklist";
import { getStepDetail } from "./get-step-detail";
import { stepSubject } from "./load-states";
import { coordinator, institutionWithMember, type TTestActor } from "./test-helpers";
import { updateStep } from "./update-step";

const kinds = await testDatabaseKinds();
const TODAY = "2026-11-26";

// C-5 is not a step of catalogue v1: a row for it is what an institution keeps when a newer
// catalogue drops a step it had recorded progress on.
describe.each(kinds)("a retired step on %s", (kind) => {
  let t: TestDatabase;
  let institutionId: string;
  let user: TTestActor;
  let bits: TTestActor;
  const snapshot = async () => ({
    row: await t.prisma.institutionStep.findUniqueOrThrow({ where: { institutionId_stepKey: { institutionId, stepKey: "C-5" } } }),
    comments: await t.prisma.stepComment.count({ where: { institutionId, stepKey: "C-5" } }),
    events: await t.prisma.auditEvent.count({ where: { institutionId, subject: stepSubject(institutionId, "C-5") } }),
  });

  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    const created = await institutionWithMember(t.prisma);
    institutionId = created.institution.id;
    user = created.user;
    bits = await coordinator(t.prisma);
    await t.prisma.institutionStep.create({
      data: { institutionId, stepKey: "C-5", status: "AWAITING_REVIEW", evidence: { note: "Testrapport sendt 1. mars" }, dueDate: new Date("2026-01-15T00:00:00Z"), version: 4, updatedById: user.id },
    });
    await t.prisma.stepComment.create({ data: { institutionId, stepKey: "C-5", authorId: bits.id, body: "Vi ser på den.", kind: "COMMENT" } });
    await t.prisma.auditEvent.create({ data: { actor: user.email, action: "step.update", subject: stepSubject(institutionId, "C-5"), institutionId, before: { status: "IN_PROGRESS" }, after: { status: "AWAITING_REVIEW" } } });
  });
  afterAll(async () => t?.close());

  it("the checklist shows it read-only with its recorded status, and counts it nowhere", async () => {
    const checklist = await getChecklist({ db: t.prisma, actor: user, institutionId, today: TODAY });
    const c5 = checklist.steps.find((s) => s.step.key === "C-5")!;
    expect(c5).toMatchObject({ retired: true, status: "AWAITING_REVIEW", applicable: false, overdue: false, version: 4, step: { phase: "C" } });
    expect(checklist.steps.filter((s) => s.retired).map((s) => s.step.key)).toEqual(["C-5"]);
    expect(checklist.progress.overall).toMatchObject({ closed: 0, done: 0 });
    expect(checklist.progress.overall.total).toBe(checklist.steps.filter((s) => s.applicable).length);
    expect(checklist.overdue).toEqual([]);
    expect(checklist.bitsQueue.map((q) => q.key)).not.toContain("C-5");
    expect(checklist.next?.step.key).not.toBe("C-5");
  });

  it("the step view has its evidence, comments and history, and no way to change it", async () => {
    for (const actor of [user, bits]) {
      const detail = await getStepDetail({ db: t.prisma, actor, institutionId, stepKey: "C-5", today: TODAY });
      expect(detail).toMatchObject({ retired: true, transitions: [], canEdit: false, recorded: { status: "AWAITING_REVIEW", evidence: { note: "Testrapport sendt 1. mars" }, dueDate: "2026-01-15", version: 4 } });
      expect(detail.comments.map((c) => c.body)).toEqual(["Vi ser på den."]);
      expect(detail.history).toHaveLength(1);
    }
  });

  it("refuses every change and comment on the server with STEP_RETIRED, and changes nothing", async () => {
    const before = await snapshot();
    const retired = { code: "INVALID", details: expect.objectContaining({ rule: "STEP_RETIRED" }) };
    const base = { db: t.prisma, institutionId, stepKey: "C-5", expectedVersion: 4, today: TODAY };
    await expect(updateStep({ ...base, actor: user, status: "IN_PROGRESS" })).rejects.toMatchObject(retired);
    await expect(updateStep({ ...base, actor: bits, status: "DONE", comment: "Godkjent." })).rejects.toMatchObject(retired);
    await expect(updateStep({ ...base, actor: bits, evidence: { note: "endret" } })).rejects.toMatchObject(retired);
    await expect(updateStep({ ...base, actor: user, comment: "Bare en kommentar" })).rejects.toMatchObject(retired);
    await expect(addStepComment({ db: t.prisma, actor: user, institutionId, stepKey: "C-5", body: "Hei" })).rejects.toMatchObject(retired);
    expect(await snapshot()).toEqual(before);
  });

  it("a key that is neither in the catalogue nor recorded stays NOT_FOUND", async () => {
    await expect(updateStep({ db: t.prisma, actor: bits, institutionId, stepKey: "C-9", expectedVersion: 0, status: "IN_PROGRESS", today: TODAY })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getStepDetail({ db: t.prisma, actor: bits, institutionId, stepKey: "C-9", today: TODAY })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addStepComment({ db: t.prisma, actor: bits, institutionId, stepKey: "C-9", body: "Hei" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
