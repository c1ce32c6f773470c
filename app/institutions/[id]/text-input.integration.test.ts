// Finding 5 of issue 11 through the server actions the forms post to: a comment, an evidence note,
// a sandbox token name or a test scenario name with NUL or a lone surrogate is a field error with
// a message key the form translates, and nothing is written (it was a 500 error page).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MAX_EVIDENCE_ITEMS } from "@/lib/onboarding/evidence-primitives";
import type { TTestActor } from "@/lib/server/checklist/test-helpers";
import { institutionWithMember } from "@/lib/server/checklist/test-helpers";
import type { PrismaClient } from "@/lib/server/prisma-client";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/server/testing/test-databases";

const current = vi.hoisted(() => ({ db: null as unknown, actor: null as unknown }));
vi.mock("@/lib/server/db", () => ({ get db() { return current.db; }, dbKind: "pglite" }));
vi.mock("@/lib/server/access/actor", () => ({ getActor: async () => current.actor, requireActor: async () => current.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { addStepCommentAction, updateStepAction } = await import("./steps/[key]/actions");
const { createSandboxTokenAction } = await import("./sandbox/actions");
const { saveTestScenarioAction } = await import("./test-panel/actions");

const kinds = await testDatabaseKinds();
const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
};
// FormData holds USV strings (a lone surrogate becomes U+FFFD on the way), so a form can carry NUL
// and other control characters; lone surrogates reach the server in JSON (lib/validation/text.test.ts,
// the sandbox API test).
const BAD = ["før\u0000etter", "før\u001better"];

async function counts(db: PrismaClient, institutionId: string) {
  const [comments, steps, tokens, scenarios, audit] = await Promise.all([
    db.stepComment.count({ where: { institutionId } }), db.institutionStep.count({ where: { institutionId } }),
    db.sandboxToken.count({ where: { institutionId } }), db.testScenario.count({ where: { institutionId } }), db.auditEvent.count(),
  ]);
  return { comments, steps, tokens, scenarios, audit };
}

describe.each(kinds)("free text with NUL or a lone surrogate through the forms on %s", (kind) => {
  let t: TestDatabase;
  let institutionId: string;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    const { institution, user } = await institutionWithMember(t.prisma);
    institutionId = institution.id;
    current.db = t.prisma;
    current.actor = user satisfies TTestActor;
  });
  afterAll(async () => t?.close());

  it.each(BAD)("a comment %j is a field error on the comment box", async (bad) => {
    const before = await counts(t.prisma, institutionId);
    const state = await addStepCommentAction(institutionId, "A-1", null, form({ body: bad }));
    expect(state).toEqual({ ok: false, code: "INVALID", fieldErrors: { body: ["errors.characters"] } });
    expect(await counts(t.prisma, institutionId)).toEqual(before);
  });

  it.each(BAD)("a step change's comment and an evidence note %j are field errors", async (bad) => {
    const before = await counts(t.prisma, institutionId);
    const comment = await updateStepAction(institutionId, "A-1", null, form({ expectedVersion: "0", comment: bad }));
    expect(comment).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { comment: ["errors.characters"] } });
    const note = await updateStepAction(institutionId, "A-1", null, form({ expectedVersion: "0", "ev.__present": "1", "ev.note": bad }));
    expect(note).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { "evidence.note": ["errors.characters"] } });
    expect(await counts(t.prisma, institutionId)).toEqual(before);
  });

  it.each(BAD)("a sandbox token name and a test scenario name %j are field errors", async (bad) => {
    const before = await counts(t.prisma, institutionId);
    expect(await createSandboxTokenAction(institutionId, null, form({ name: bad }))).toEqual({ ok: false, fieldErrors: { name: ["characters"] } });
    const scenario = JSON.stringify({ orgnr: "", months: [], agreements: [] });
    expect(await saveTestScenarioAction(institutionId, null, form({ name: bad, scenario }))).toEqual({ ok: false, fieldErrors: { name: ["characters"] } });
    expect(await counts(t.prisma, institutionId)).toEqual(before);
  });

  it("an evidence list over the limit is a field error and nothing is written (finding 4)", async () => {
    const before = await counts(t.prisma, institutionId);
    const rows = Object.fromEntries(Array.from({ length: MAX_EVIDENCE_ITEMS + 1 }, (_, i) => [`ev.testCases.${i}.name`, `Test ${i}`]));
    const state = await updateStepAction(institutionId, "C-4", null, form({ expectedVersion: "0", "ev.__present": "1", ...rows }));
    expect(state).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { "evidence.testCases": ["errors.tooMany"] } });
    expect(await counts(t.prisma, institutionId)).toEqual(before);
  });

  it("a forged institution id with NUL is not found, not a database error", async () => {
    const state = await addStepCommentAction("x\u0000y", "A-1", null, form({ body: "Hei" }));
    expect(state).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
