// Issue 16, C-4: the sandbox records the calls made with an institution's token; a run passes
// each case with the institution's own matching call; the report freezes the run, fills C-4's
// evidence and opens the C-7 gate once C-4 is approved. Bad input changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_CASES } from "../../integration-test";
import { decideStepReview, sendStepForReview } from "../checklist/review-step";
import { coordinator, institutionWithMember, setStates, versionOf } from "../checklist/test-helpers";
import { updateStep } from "../checklist/update-step";
import { createHandlers, type SandboxHandlers } from "../sandbox/create-handlers";
import { API, apiRequest, sandboxInstitution } from "../sandbox/test-helpers";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { createIntegrationTestReport, getIntegrationTestReport } from "./report";
import { getIntegrationTestRun, listIntegrationTestRuns, startIntegrationTestRun } from "./runs";
import { passEveryCase } from "./test-helpers";

const kinds = await testDatabaseKinds();
const OP = "974760673";
const TODAY = "2026-11-26";

describe.each(kinds)("integration test runs on %s", (kind) => {
  let t: TestDatabase;
  let h: SandboxHandlers;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    h = createHandlers(t.prisma);
  });
  afterAll(async () => t?.close());

  it("records each call made with a token (not the bodies), and none without one", async () => {
    const { institution, token, tokenId } = await sandboxInstitution(t.prisma);
    const res = await h.deleteAvtaleforhold(apiRequest("DELETE", `${API}/otp/avtaleforhold`, { token, body: { avtalereferanse: "ukjent", opplysningspliktig: { norskIdentifikator: OP } } }), { rettighetspakke: "otp" });
    expect(res.status).toBe(404);
    await h.getAvtaleforholdGyldighet(apiRequest("GET", `${API}/nav/avtaleforhold/gyldighet?x=1`, { token: "not-a-token" }), { rettighetspakke: "nav" });
    const rows = await t.prisma.sandboxCall.findMany({ where: { institutionId: institution.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      tokenId, method: "DELETE", path: "/api/sandbox/tjenestepensjonsavtale/v1/otp/avtaleforhold", operation: "delete",
      status: 404, kode: "OTP-007", format: "json", korrelasjonsid: res.headers.get("Korrelasjonsid"), detail: null,
    });
    expect(JSON.stringify(rows[0])).not.toContain("ukjent");
  });

  it("passes each case with the institution's own call after the start, shows its korrelasjonsid, and freezes it in the report", async () => {
    const { institution, token, user } = await sandboxInstitution(t.prisma);
    const other = await sandboxInstitution(t.prisma);
    // a call before the run and another institution's calls do not count
    await h.postAvtaleforhold(apiRequest("POST", `${API}/otp/avtaleforhold`, { token, body: { avtalereferanse: "før", fraOgMed: "2022-03", opplysningspliktig: { norskIdentifikator: OP } } }), { rettighetspakke: "otp" });
    await new Promise((r) => setTimeout(r, 5));
    const { id: runId } = await startIntegrationTestRun({ db: t.prisma, actor: user, institutionId: institution.id });
    await passEveryCase(h, other.token, other.institution.orgnr);
    let run = await getIntegrationTestRun({ db: t.prisma, actor: user, institutionId: institution.id, runId });
    expect(run.results.filter((r) => r.passed)).toEqual([]);

    const ids = await passEveryCase(h, token, institution.orgnr);
    run = await getIntegrationTestRun({ db: t.prisma, actor: user, institutionId: institution.id, runId });
    for (const c of TEST_CASES) {
      const r = run.results.find((x) => x.key === c.key)!;
      expect(r.passed, c.key).toBe(true);
      // the xml call came after the first valid avtaleforhold answer: each case keeps its first call
      expect(r.korrelasjonsid, c.key).toBe(ids[c.key]);
    }
    expect(run.results.find((r) => r.key === "avtaleforholdGaps")!.maaneder).toEqual(["2022-06", "2022-07", "2022-08"]); // 2022-09 is covered by the open-ended agreement registered before the run

    // another institution's member sees nothing of it and cannot start a run there
    await expect(getIntegrationTestRun({ db: t.prisma, actor: other.user, institutionId: institution.id, runId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getIntegrationTestRun({ db: t.prisma, actor: other.user, institutionId: other.institution.id, runId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(startIntegrationTestRun({ db: t.prisma, actor: other.user, institutionId: institution.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createIntegrationTestReport({ db: t.prisma, actor: other.user, institutionId: institution.id, runId, origin: "http://localhost:3000", locale: "nb" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.prisma.integrationTestRun.count({ where: { institutionId: institution.id } })).toBe(1);

    const report = await createIntegrationTestReport({ db: t.prisma, actor: user, institutionId: institution.id, runId, origin: "http://localhost:3000", locale: "nb" });
    expect(report.allRequiredPassed).toBe(true);
    expect(report.startedBy).toBe(user.email);
    const step = await t.prisma.institutionStep.findUnique({ where: { institutionId_stepKey: { institutionId: institution.id, stepKey: "C-4" } } });
    const evidence = step!.evidence as { testCases: { name: string; result: string }[]; reportUrl: string };
    expect(evidence.reportUrl).toBe(`http://localhost:3000/institutions/${institution.id}/integration-test/${runId}/report`);
    expect(evidence.testCases).toHaveLength(TEST_CASES.length);
    expect(evidence.testCases.every((c) => c.result === "passed")).toBe(true);
    expect(await t.prisma.auditEvent.count({ where: { institutionId: institution.id, action: "integrationTest.report.create" } })).toBe(1);

    // made once: a second report is refused and changes nothing; later calls do not change it
    const version = await versionOf(t.prisma, institution.id, "C-4");
    await expect(createIntegrationTestReport({ db: t.prisma, actor: user, institutionId: institution.id, runId, origin: "http://localhost:3000", locale: "nb" })).rejects.toMatchObject({ details: { rule: "REPORT_EXISTS" } });
    expect(await versionOf(t.prisma, institution.id, "C-4")).toBe(version);
    run = await getIntegrationTestRun({ db: t.prisma, actor: user, institutionId: institution.id, runId });
    expect(run.report).toEqual(report);
    expect(await getIntegrationTestReport({ db: t.prisma, actor: user, institutionId: institution.id, runId })).toEqual(report);
    expect((await listIntegrationTestRuns({ db: t.prisma, actor: user, institutionId: institution.id }))[0]).toMatchObject({ id: runId, allRequiredPassed: true });
  });

  it("does not attach a report to a C-4 that is with Bits: refused, and nothing is stored", async () => {
    const { institution, user } = await sandboxInstitution(t.prisma);
    const { id: runId } = await startIntegrationTestRun({ db: t.prisma, actor: user, institutionId: institution.id });
    await setStates(t.prisma, institution.id, { "C-3": "DONE", "A-6": "DONE", "C-4": { status: "AWAITING_REVIEW", evidence: {} } });
    await expect(createIntegrationTestReport({ db: t.prisma, actor: user, institutionId: institution.id, runId, origin: "http://localhost:3000", locale: "en" })).rejects.toMatchObject({ code: "INVALID" });
    expect(await t.prisma.integrationTestRun.findUnique({ where: { id: runId } })).toMatchObject({ reportedAt: null, report: null });
    expect(await t.prisma.auditEvent.count({ where: { institutionId: institution.id, action: "integrationTest.report.create" } })).toBe(0);
  });

  it("C-7 needs an approved C-4 whose report passed every required case, unless Bits overrides with a reason", async () => {
    const bits = await coordinator(t.prisma);
    const C7 = { confirmationSentOn: "2026-11-20" };
    const send = (actor: typeof bits, institutionId: string) =>
      versionOf(t.prisma, institutionId, "C-7").then((v) => sendStepForReview({ db: t.prisma, actor, institutionId, stepKey: "C-7", expectedVersion: v, today: TODAY }));

    // C-4 approved with hand-typed evidence: C-7 cannot be sent, and Bits needs a reason
    const manual = await institutionWithMember(t.prisma);
    await setStates(t.prisma, manual.institution.id, { "C-4": { status: "DONE", evidence: { testCases: [{ name: "x", result: "passed", date: "2026-11-01" }], reportUrl: "https://example.org/rapport" } }, "C-7": { status: "IN_PROGRESS", evidence: C7 } });
    await expect(send(manual.user, manual.institution.id)).rejects.toMatchObject({ details: { rule: "INTEGRATION_TEST_REQUIRED" } });
    const v = await versionOf(t.prisma, manual.institution.id, "C-7");
    await expect(updateStep({ db: t.prisma, actor: bits, institutionId: manual.institution.id, stepKey: "C-7", expectedVersion: v, status: "DONE", today: TODAY }))
      .rejects.toMatchObject({ details: { rule: "INTEGRATION_TEST_OVERRIDE_REASON_REQUIRED" } });
    expect(await versionOf(t.prisma, manual.institution.id, "C-7")).toBe(v);
    await updateStep({ db: t.prisma, actor: bits, institutionId: manual.institution.id, stepKey: "C-7", expectedVersion: v, status: "DONE", reason: "Testet i leverandørens miljø", today: TODAY });
    const overridden = await t.prisma.institutionStep.findUnique({ where: { institutionId_stepKey: { institutionId: manual.institution.id, stepKey: "C-7" } } });
    expect(overridden).toMatchObject({ status: "DONE", reason: "Testet i leverandørens miljø" });

    // a passed run's report on C-4, approved by Bits: C-7 goes through send and approve
    const { institution, token, user } = await sandboxInstitution(t.prisma);
    const { id: runId } = await startIntegrationTestRun({ db: t.prisma, actor: user, institutionId: institution.id });
    await passEveryCase(h, token, institution.orgnr);
    await setStates(t.prisma, institution.id, { "C-3": "DONE", "A-6": "DONE" });
    await createIntegrationTestReport({ db: t.prisma, actor: user, institutionId: institution.id, runId, origin: "http://localhost:3000", locale: "nb" });
    await setStates(t.prisma, institution.id, { "C-7": { status: "IN_PROGRESS", evidence: C7 } });
    // C-4 not yet approved: the gate is closed
    await expect(send(user, institution.id)).rejects.toMatchObject({ details: { rule: "PREREQUISITES_OPEN" } });
    await send(user, institution.id).catch(() => undefined);
    await sendStepForReview({ db: t.prisma, actor: user, institutionId: institution.id, stepKey: "C-4", expectedVersion: await versionOf(t.prisma, institution.id, "C-4"), today: TODAY });
    await decideStepReview({ db: t.prisma, actor: bits, institutionId: institution.id, stepKey: "C-4", expectedVersion: await versionOf(t.prisma, institution.id, "C-4"), decision: "APPROVED", today: TODAY });
    await send(user, institution.id);
    await decideStepReview({ db: t.prisma, actor: bits, institutionId: institution.id, stepKey: "C-7", expectedVersion: await versionOf(t.prisma, institution.id, "C-7"), decision: "APPROVED", today: TODAY });
    expect((await t.prisma.institutionStep.findUnique({ where: { institutionId_stepKey: { institutionId: institution.id, stepKey: "C-7" } } }))!.status).toBe("DONE");
  });
});
