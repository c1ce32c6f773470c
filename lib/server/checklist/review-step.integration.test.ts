import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { getChecklist } from "./get-checklist";
import { getStepDetail } from "./get-step-detail";
import { stepSubject } from "./load-states";
import { decideStepReview, sendStepForReview } from "./review-step";
import { C4_COMPLETE, coordinator, institutionWithMember, member, setStates, versionOf } from "./test-helpers";
import { updateStep } from "./update-step";

const kinds = await testDatabaseKinds();
const TODAY = "2026-11-26";

describe.each(kinds)("Bits' review of a step on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
  });
  afterAll(async () => t?.close());

  const rule = (r: string) => ({ code: "INVALID", details: expect.objectContaining({ rule: r }) });
  async function readyC4() {
    const { institution, user } = await institutionWithMember(t.prisma);
    await setStates(t.prisma, institution.id, { "C-3": "DONE", "A-6": "DONE", "C-4": { status: "IN_PROGRESS", evidence: C4_COMPLETE } });
    const bits = await coordinator(t.prisma, "Kari Koordinator");
    return { institution, user, bits, base: { db: t.prisma, institutionId: institution.id, stepKey: "C-4", today: TODAY } };
  }

  it("runs send → return with a reason → send again → approve, keeping each round", async () => {
    const { institution, user, bits, base } = await readyC4();
    expect(await sendStepForReview({ ...base, actor: user, expectedVersion: 1 })).toMatchObject({ version: 2 });
    // what was sent stays as sent: the institution may not edit it meanwhile
    await expect(updateStep({ ...base, actor: user, expectedVersion: 2, evidence: { ...C4_COMPLETE, note: "endret" } })).rejects.toMatchObject(rule("NOT_ALLOWED"));
    await decideStepReview({ ...base, actor: bits, expectedVersion: 2, decision: "RETURNED", reason: "Rapporten mangler testtilfelle 3." });
    const returned = await getStepDetail({ ...base, actor: user });
    expect(returned.step.display).toBe("RETURNED");
    expect(returned.step.returnReason).toBe("Rapporten mangler testtilfelle 3.");
    await updateStep({ ...base, actor: user, expectedVersion: 3, evidence: { ...C4_COMPLETE, note: "TC-03 lagt til" } });
    await sendStepForReview({ ...base, actor: user, expectedVersion: 4 });
    expect((await getStepDetail({ ...base, actor: bits })).step.display).toBe("AWAITING_REVIEW");
    expect(await decideStepReview({ ...base, actor: bits, expectedVersion: 5, decision: "APPROVED" })).toEqual({ version: 6 });

    const detail = await getStepDetail({ ...base, actor: user });
    expect(detail.step.display).toBe("DONE");
    expect(detail.rounds.map((r) => [r.sentByName, r.decision, r.decidedByName, r.reason, r.stepVersion])).toEqual([
      [user.name, "RETURNED", bits.name, "Rapporten mangler testtilfelle 3.", 2],
      [user.name, "APPROVED", bits.name, null, 5],
    ]);
    // each round keeps the evidence as it was sent
    expect(detail.rounds[0].evidence).not.toHaveProperty("note");
    expect(detail.rounds[1].evidence).toMatchObject({ note: "TC-03 lagt til" });
    const events = await t.prisma.auditEvent.findMany({ where: { action: "step.update", subject: stepSubject(institution.id, "C-4") }, orderBy: [{ at: "asc" }, { id: "asc" }] });
    expect(events.map((e) => (e.after as { review?: { action: string } }).review?.action ?? "edit")).toEqual(["send", "return", "edit", "send", "approve"]);
    // an approved review step is closed to the institution
    await expect(updateStep({ ...base, actor: user, expectedVersion: 6, status: "IN_PROGRESS" })).rejects.toMatchObject(rule("REOPEN_REVIEWED"));
  });

  it("refuses a return without a reason and changes nothing", async () => {
    const { user, bits, base, institution } = await readyC4();
    await sendStepForReview({ ...base, actor: user, expectedVersion: 1 });
    for (const reason of [undefined, "", "   "]) {
      await expect(decideStepReview({ ...base, actor: bits, expectedVersion: 2, decision: "RETURNED", reason })).rejects.toMatchObject(rule("COMMENT_REQUIRED"));
    }
    expect(await versionOf(t.prisma, institution.id, "C-4")).toBe(2);
    const rounds = await t.prisma.stepReviewRound.findMany({ where: { institutionId: institution.id } });
    expect(rounds.map((r) => r.decision)).toEqual([null]);
    expect(await t.prisma.auditEvent.count({ where: { subject: stepSubject(institution.id, "C-4") } })).toBe(1);
  });

  it("refuses sending twice, sending by Bits, and deciding by the institution", async () => {
    const { user, bits, base, institution } = await readyC4();
    await expect(sendStepForReview({ ...base, actor: bits, expectedVersion: 1 })).rejects.toMatchObject(rule("NOT_ALLOWED"));
    await sendStepForReview({ ...base, actor: user, expectedVersion: 1 });
    await expect(sendStepForReview({ ...base, actor: user, expectedVersion: 2 })).rejects.toMatchObject(rule("ALREADY_IN_REVIEW"));
    const colleague = await member(t.prisma, institution.id, "Kollega Ko");
    await expect(decideStepReview({ ...base, actor: colleague, expectedVersion: 2, decision: "APPROVED" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.prisma.stepReviewRound.count({ where: { institutionId: institution.id } })).toBe(1);
    expect(await versionOf(t.prisma, institution.id, "C-4")).toBe(2);
  });

  it("refuses a stale version as a conflict, and two parallel sends leave one round", async () => {
    const { user, bits, base, institution } = await readyC4();
    const results = await Promise.allSettled([sendStepForReview({ ...base, actor: user, expectedVersion: 1 }), sendStepForReview({ ...base, actor: user, expectedVersion: 1 })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await t.prisma.stepReviewRound.count({ where: { institutionId: institution.id } })).toBe(1);
    await expect(decideStepReview({ ...base, actor: bits, expectedVersion: 1, decision: "APPROVED" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses sending with incomplete evidence or open prerequisites", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    const base = { db: t.prisma, institutionId: institution.id, stepKey: "C-4", today: TODAY };
    await expect(sendStepForReview({ ...base, actor: user, expectedVersion: 0 })).rejects.toMatchObject(rule("PREREQUISITES_OPEN"));
    await setStates(t.prisma, institution.id, { "C-3": "DONE", "A-6": "DONE", "C-4": { status: "IN_PROGRESS", evidence: { testCases: [] } } });
    await expect(sendStepForReview({ ...base, actor: user, expectedVersion: 1 })).rejects.toMatchObject(rule("EVIDENCE_INCOMPLETE"));
    expect(await t.prisma.stepReviewRound.count({ where: { institutionId: institution.id } })).toBe(0);
  });

  it("shows a sent step as in review in the checklist", async () => {
    const { user, bits, base } = await readyC4();
    await sendStepForReview({ ...base, actor: user, expectedVersion: 1 });
    const list = await getChecklist({ ...base, actor: bits });
    expect(list.steps.find((s) => s.step.key === "C-4")?.display).toBe("AWAITING_REVIEW");
  });
});
