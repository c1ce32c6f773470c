// Issue 13, "no silent overwrites": a save based on an old version never writes; it answers with
// the latest values, who saved them and when, and the merge of the user's changes into them.
// A double-submitted comment is stored once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { addStepComment } from "./add-step-comment";
import { stepSubject } from "./load-states";
import { coordinator, institutionWithMember, member } from "./test-helpers";
import { updateStep, type TConflictDetails, type TUpdateStepOptions } from "./update-step";

const kinds = await testDatabaseKinds();
const TODAY = "2026-11-26";

describe.each(kinds)("step conflicts and repeated submits on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
  });
  afterAll(async () => t?.close());

  const update = (o: Omit<TUpdateStepOptions, "db" | "today">) => updateStep({ db: t.prisma, today: TODAY, ...o });
  const conflictOf = async (p: Promise<unknown>) => {
    const error = await p.then(() => null, (e: unknown) => e as { code: string; details: TConflictDetails });
    expect(error?.code).toBe("CONFLICT");
    return error!.details;
  };
  const row = (institutionId: string, stepKey: string) =>
    t.prisma.institutionStep.findUniqueOrThrow({ where: { institutionId_stepKey: { institutionId, stepKey } } });

  it("refuses B's stale save, writes nothing, and proposes A's due date and note with B's own change", async () => {
    const { institution, user: anne } = await institutionWithMember(t.prisma);
    const bjorn = await member(t.prisma, institution.id, "Bjørn Begge");
    const base = { status: "NOT_STARTED" as const, dueDate: null, reason: null, evidence: {} };
    const step = { institutionId: institution.id, stepKey: "B-4" };
    await update({ ...step, actor: anne, expectedVersion: 0, base, dueDate: "2026-12-15", evidence: { note: "Ringte Digdir" } });
    const audits = await t.prisma.auditEvent.count({ where: { subject: stepSubject(institution.id, "B-4") } });

    const details = await conflictOf(update({ ...step, actor: bjorn, expectedVersion: 0, base, dueDate: null, evidence: { note: "", signedOn: "2026-11-20" } }));
    expect(details).toMatchObject({ updatedBy: anne.name, version: 1, latest: { dueDate: "2026-12-15", evidence: { note: "Ringte Digdir" } }, conflicts: [] });
    expect(details.merged).toMatchObject({ dueDate: "2026-12-15", evidence: { note: "Ringte Digdir", signedOn: "2026-11-20" } });
    // nothing written by the refused save
    expect(await row(institution.id, "B-4")).toMatchObject({ version: 1, updatedById: anne.id });
    expect(await t.prisma.auditEvent.count({ where: { subject: stepSubject(institution.id, "B-4") } })).toBe(audits);

    // B saves the proposal on top of version 1: both changes are kept
    await update({ ...step, actor: bjorn, expectedVersion: details.version, base: details.latest, dueDate: details.merged!.dueDate, evidence: details.merged!.evidence });
    const saved = await row(institution.id, "B-4");
    expect(saved.evidence).toEqual({ note: "Ringte Digdir", signedOn: "2026-11-20" });
    expect(saved.dueDate?.toISOString().slice(0, 10)).toBe("2026-12-15");
  });

  it("names a field both changed as a conflict that needs a choice", async () => {
    const { institution, user: anne } = await institutionWithMember(t.prisma);
    const bits = await coordinator(t.prisma, "Berit Bits");
    const base = { status: "NOT_STARTED" as const, dueDate: null, reason: null, evidence: {} };
    const step = { institutionId: institution.id, stepKey: "B-4" };
    await update({ ...step, actor: anne, expectedVersion: 0, base, dueDate: "2026-12-15" });
    const details = await conflictOf(update({ ...step, actor: bits, expectedVersion: 0, base, dueDate: "2026-12-01" }));
    expect(details.conflicts).toEqual([{ field: "dueDate", base: null, theirs: "2026-12-15", mine: "2026-12-01" }]);
    expect(details.merged?.dueDate).toBe("2026-12-15");
    expect((await row(institution.id, "B-4")).dueDate?.toISOString().slice(0, 10)).toBe("2026-12-15");
  });

  it("without a base still refuses and returns the latest values", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    const step = { actor: user, institutionId: institution.id, stepKey: "A-3" };
    await update({ ...step, expectedVersion: 0, status: "IN_PROGRESS" });
    const details = await conflictOf(update({ ...step, expectedVersion: 0, dueDate: "2026-12-01" }));
    expect(details).toMatchObject({ version: 1, latest: { status: "IN_PROGRESS" } });
    expect(details.merged).toBeUndefined();
  });

  it("stores a comment submitted twice with one key once, also at the same moment", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    const add = (key: string) => addStepComment({ db: t.prisma, actor: user, institutionId: institution.id, stepKey: "A-3", body: "Bestilt.", idempotencyKey: key });
    expect(await add("k-00000001")).toEqual({ stored: true });
    expect(await add("k-00000001")).toEqual({ stored: false });
    await Promise.all([add("k-00000002"), add("k-00000002")]);
    await add("k-00000003");
    expect(await t.prisma.stepComment.count({ where: { institutionId: institution.id, stepKey: "A-3" } })).toBe(3);
    expect(await t.prisma.auditEvent.count({ where: { action: "step.comment", subject: stepSubject(institution.id, "A-3") } })).toBe(3);
    // another author's key is theirs alone
    const other = await member(t.prisma, institution.id, "Olav Annen");
    expect(await addStepComment({ db: t.prisma, actor: other, institutionId: institution.id, stepKey: "A-3", body: "Ok", idempotencyKey: "k-00000001" })).toEqual({ stored: true });
  });

  it("answers a repeated step-form submit with a comment as the first, storing the comment and the change once", async () => {
    const { institution, user } = await institutionWithMember(t.prisma);
    const save = () => update({ actor: user, institutionId: institution.id, stepKey: "A-3", expectedVersion: 0, status: "IN_PROGRESS", comment: "Startet.", idempotencyKey: "form-0000001" });
    expect(await save()).toMatchObject({ version: 1, status: "IN_PROGRESS" });
    expect(await save()).toMatchObject({ version: 1, status: "IN_PROGRESS", replayed: true });
    expect(await t.prisma.stepComment.count({ where: { institutionId: institution.id, stepKey: "A-3" } })).toBe(1);
    expect(await t.prisma.auditEvent.count({ where: { action: "step.update", subject: stepSubject(institution.id, "A-3") } })).toBe(1);
  });
});
