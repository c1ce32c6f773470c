// A whole onboarding, A-1 to D-2, through the same use-cases the pages call: each step done by
// whoever the catalogue says performs it (institution staff, a supplier's staff, or Bits), Bits
// approving the steps it reviews, with no override anywhere. C-4's evidence is the report of an
// integration test run against the sandbox (C-7 needs it). Proves the rules, evidence schemas
// and prerequisites together let an institution reach production, and that the audit trail and
// the coordinators' overview follow.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeEvidence } from "../../../prisma/seed/checklist-plans";
import { seedUser } from "../../../prisma/seed/factories";
import { ZOverviewFilterSchema } from "../../validation/checklist";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { getChecklist } from "./get-checklist";
import { listOverview } from "./list-overview";
import { coordinator, institutionWithMember, type TTestActor } from "./test-helpers";
import { decideStepReview, sendStepForReview } from "./review-step";
import { updateStep } from "./update-step";
import { DELEGATION_GATES, DELEGATION_RIGHTS } from "../../onboarding/delegation";
import { setDelegation } from "../delegation/set-delegation";
import { createIntegrationTestReport } from "../integration-test/report";
import { startIntegrationTestRun } from "../integration-test/runs";
import { passEveryCase } from "../integration-test/test-helpers";
import { createHandlers } from "../sandbox/create-handlers";
import { createSandboxToken } from "../sandbox/manage-tokens";

const kinds = await testDatabaseKinds();
const TODAY = "2026-11-26";
const day = (offset: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

describe.each(kinds)("a whole onboarding from A-1 to D-2 on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
  });
  afterAll(async () => t?.close());

  it.each([
    { label: "a BLP member on its own", blpMember: true, supplier: false },
    { label: "a non-member with a third-party supplier", blpMember: false, supplier: true },
  ])("$label reaches production with every step done by its performer", async ({ blpMember, supplier }) => {
    const bits = await coordinator(t.prisma, `Bits ${blpMember}`);
    const { institution, user: staff } = await institutionWithMember(t.prisma, {
      name: `Helhet ${supplier ? "Leverandør" : "Egen"} Pensjon`,
      blpMember,
      supplierOrgnr: supplier ? "999999999" : null,
      supplierName: supplier ? "Drift Leverandør AS" : null,
    });
    // The supplier's staff act for the institution as members of it.
    const supplierUser = supplier ? await seedUser(t.prisma, { name: "Siri Supplier", memberships: [{ institutionId: institution.id, memberRole: "MEMBER" }] }) : null;
    const worker: TTestActor = supplierUser
      ? { id: supplierUser.id, email: supplierUser.email, name: supplierUser.name, role: "INSTITUTION_USER", memberships: [{ institutionId: institution.id, memberRole: "MEMBER" }] }
      : staff;
    const profile = { blpMember, hasSupplier: supplier };
    const checklist = () => getChecklist({ db: t.prisma, actor: staff, institutionId: institution.id, today: TODAY });
    const done: string[] = [];
    for (let guard = 0; guard < 40; guard++) {
      const c = await checklist();
      if (!c.next) break;
      const step = c.next.step;
      const evidence = completeEvidence(step.key, profile, day);
      const version = () => c.steps.find((s) => s.step.key === step.key)!.version;
      // with a supplier, B-7 and C-7 wait for their column of the Altinn delegation matrix: the supplier's staff confirm it
      const gate = supplier ? DELEGATION_GATES[step.key] : undefined;
      if (gate) for (const right of DELEGATION_RIGHTS) await setDelegation({ db: t.prisma, actor: worker, institutionId: institution.id, right, environment: gate, confirmed: true });
      if (step.performer === "BITS") {
        await updateStep({ db: t.prisma, actor: bits, institutionId: institution.id, stepKey: step.key, expectedVersion: version(), status: "DONE", evidence, today: TODAY });
      } else if (step.requiresReview) {
        const base = { db: t.prisma, institutionId: institution.id, stepKey: step.key, today: TODAY };
        let saved = await updateStep({ ...base, actor: worker, expectedVersion: version(), status: "IN_PROGRESS", evidence });
        if (step.key === "C-4") {
          // the integration test against the sandbox: its report fills C-4 (C-7 needs it)
          const { token } = await createSandboxToken({ db: t.prisma, actor: worker, institutionId: institution.id, name: "klient" });
          const { id: runId } = await startIntegrationTestRun({ db: t.prisma, actor: worker, institutionId: institution.id });
          await passEveryCase(createHandlers(t.prisma), token, institution.orgnr);
          await createIntegrationTestReport({ db: t.prisma, actor: worker, institutionId: institution.id, runId, origin: "http://localhost:3000", locale: "nb" });
          saved = { ...saved, version: saved.version + 1 };
        }
        const submitted = await sendStepForReview({ ...base, actor: worker, expectedVersion: saved.version });
        expect((await checklist()).waitingOn).toBe("BITS");
        await decideStepReview({ ...base, actor: bits, expectedVersion: submitted.version, decision: "APPROVED" });
      } else {
        await updateStep({ db: t.prisma, actor: worker, institutionId: institution.id, stepKey: step.key, expectedVersion: version(), status: "DONE", evidence, today: TODAY });
      }
      done.push(step.key);
    }
    const end = await checklist();
    expect(end).toMatchObject({ phase: "DONE", next: null, waitingOn: null });
    expect(end.progress.overall.percent).toBe(100);
    expect(done.at(0)).toBe("A-1");
    expect(done.at(-1)).toBe("D-2");
    // B-7 (Altinn rights for the supplier) is a step only with a third-party supplier.
    expect(done.includes("B-7")).toBe(supplier);
    expect(new Set(done).size).toBe(done.length);
    // Nothing was overridden, and every change is in the audit trail.
    const events = await t.prisma.auditEvent.findMany({ where: { institutionId: institution.id, action: { startsWith: "step." } } });
    expect(events.some((e) => JSON.stringify(e.after).includes("override"))).toBe(false);
    expect(events.length).toBeGreaterThanOrEqual(done.length);
    const overview = await listOverview({ db: t.prisma, actor: bits, today: TODAY, filters: ZOverviewFilterSchema.parse({ q: institution.name }) });
    expect(overview.rows[0]).toMatchObject({ phase: "DONE", overdueCount: 0, bitsQueueCount: 0, next: null });
  });
});
