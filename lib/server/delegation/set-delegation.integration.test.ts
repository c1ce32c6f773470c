// B-7's delegation matrix on the database: confirming and withdrawing cells (audited, scoped to
// the institution's people and Bits), and the gates: B-7 is not done before the TT02 column is
// complete, C-7 not sent to Bits before the production column is.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPlan } from "../../../prisma/seed/checklist";
import { seedInstitution, seedUser } from "../../../prisma/seed/factories";
import { AppError } from "../../errors/app-error";
import { DELEGATION_RIGHTS } from "../../onboarding/delegation";
import type { CoreActor } from "../access/require-access";
import { getStepDetail } from "../checklist/get-step-detail";
import { updateStep } from "../checklist/update-step";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { actorOf } from "../testing/actor-of";
import { setDelegation } from "./set-delegation";

const kinds = await testDatabaseKinds();
const failure = (p: Promise<unknown>) =>
  p.then(() => "OK", (e: unknown) => (e instanceof AppError ? `${e.code} ${(e.details as { rule?: string } | undefined)?.rule ?? e.message}` : `THREW ${String(e)}`));

describe.each(kinds)("the delegation matrix on %s", (kind) => {
  let t: TestDatabase;
  let coordinator: CoreActor;
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    coordinator = await actorOf(t.prisma, (await seedUser(t.prisma, { role: "COORDINATOR" })).id);
  });
  afterAll(async () => t?.close());

  const withSupplier = () => seedInstitution(t.prisma, { supplierOrgnr: "987654325", supplierName: "Pensjonsdrift Leverandør AS" });
  const confirmColumn = async (actor: CoreActor, institutionId: string, environment: string) => {
    for (const right of DELEGATION_RIGHTS) await setDelegation({ db: t.prisma, actor, institutionId, right, environment, confirmed: true });
  };

  it("the supplier's staff confirm a cell: who and when are stored and shown, the audit trail has it; withdrawing is audited too", async () => {
    const inst = await withSupplier();
    const staff = await seedUser(t.prisma, { name: "Sara Leverandør", supplierOrgnr: "987654325", memberships: [{ institutionId: inst.id }] });
    const actor = await actorOf(t.prisma, staff.id);
    const at = new Date("2026-11-30T14:39:00Z");
    await setDelegation({ db: t.prisma, actor, institutionId: inst.id, right: "TJENESTEPENSJONSAVTALE_API", environment: "TT02", confirmed: true, now: at });
    const detail = await getStepDetail({ db: t.prisma, actor, institutionId: inst.id, stepKey: "B-7", today: "2026-11-30" });
    expect(detail.delegations).toEqual([{ right: "TJENESTEPENSJONSAVTALE_API", environment: "TT02", confirmedAt: at.toISOString(), confirmedByName: "Sara Leverandør" }]);
    // B-7 lacks the other three TT02 rights, and nothing of production
    expect(detail.completeness.missing).toEqual(["delegations.TT02.INNTEKT_API_PAA_VEGNE_AV", "delegations.TT02.INNTEKTSMOTTAKERE_API", "delegations.TT02.AAREG_OTP_API"]);

    // a second confirmation of the same cell is refused; the first stays
    expect(await failure(setDelegation({ db: t.prisma, actor: coordinator, institutionId: inst.id, right: "TJENESTEPENSJONSAVTALE_API", environment: "TT02", confirmed: true }))).toBe("CONFLICT ALREADY_CONFIRMED");
    expect((await t.prisma.stepDelegation.findFirstOrThrow({ where: { institutionId: inst.id } })).confirmedById).toBe(staff.id);

    await setDelegation({ db: t.prisma, actor: coordinator, institutionId: inst.id, right: "TJENESTEPENSJONSAVTALE_API", environment: "TT02", confirmed: false });
    expect(await t.prisma.stepDelegation.count({ where: { institutionId: inst.id } })).toBe(0);
    const events = await t.prisma.auditEvent.findMany({ where: { subject: `step:${inst.id}:B-7` }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actor])).toEqual([["step.delegation.confirm", staff.email], ["step.delegation.unconfirm", coordinator.email]]);
    expect(events[1].before).toMatchObject({ right: "TJENESTEPENSJONSAVTALE_API", environment: "TT02", confirmedBy: staff.email });
    expect(await failure(setDelegation({ db: t.prisma, actor: coordinator, institutionId: inst.id, right: "TJENESTEPENSJONSAVTALE_API", environment: "TT02", confirmed: false }))).toBe("CONFLICT NOT_CONFIRMED");
  });

  it("refuses bad input, an institution without supplier and people of another institution, changing nothing", async () => {
    const inst = await withSupplier();
    expect(await failure(setDelegation({ db: t.prisma, actor: coordinator, institutionId: inst.id, right: "ALL_OF_THEM", environment: "TT02", confirmed: true }))).toBe("INVALID UNKNOWN_CELL");
    expect(await failure(setDelegation({ db: t.prisma, actor: coordinator, institutionId: inst.id, right: "AAREG_OTP_API", environment: "TT03", confirmed: true }))).toBe("INVALID UNKNOWN_CELL");
    const plain = await seedInstitution(t.prisma);
    expect(await failure(setDelegation({ db: t.prisma, actor: coordinator, institutionId: plain.id, right: "AAREG_OTP_API", environment: "TT02", confirmed: true }))).toBe("INVALID NO_SUPPLIER");
    const other = await seedInstitution(t.prisma);
    const outsider = await actorOf(t.prisma, (await seedUser(t.prisma, { memberships: [{ institutionId: other.id, memberRole: "OWNER" }] })).id);
    expect(await failure(setDelegation({ db: t.prisma, actor: outsider, institutionId: inst.id, right: "AAREG_OTP_API", environment: "TT02", confirmed: true }))).toBe("NOT_FOUND NOT_FOUND");
    expect(await t.prisma.stepDelegation.count({ where: { institutionId: { in: [inst.id, plain.id] } } })).toBe(0);
    expect(await t.prisma.auditEvent.count({ where: { action: "access.denied", actor: outsider.email } })).toBe(1);
  });

  it("B-7 is done only with the TT02 column complete; then TT02 confirmations are kept until B-7 is reopened", async () => {
    const inst = await withSupplier();
    const done = (version: number) =>
      failure(updateStep({ db: t.prisma, actor: coordinator, institutionId: inst.id, stepKey: "B-7", expectedVersion: version, status: "DONE", reason: "Bits overstyrer forutsetningene i testen" }));
    expect(await done(0)).toBe("INVALID EVIDENCE_INCOMPLETE");
    await setDelegation({ db: t.prisma, actor: coordinator, institutionId: inst.id, right: "AAREG_OTP_API", environment: "PRODUCTION", confirmed: true });
    expect(await done(0)).toBe("INVALID EVIDENCE_INCOMPLETE");
    await confirmColumn(coordinator, inst.id, "TT02");
    expect(await done(0)).toBe("OK");
    expect((await t.prisma.institutionStep.findFirstOrThrow({ where: { institutionId: inst.id, stepKey: "B-7" } })).status).toBe("DONE");

    expect(await failure(setDelegation({ db: t.prisma, actor: coordinator, institutionId: inst.id, right: "AAREG_OTP_API", environment: "TT02", confirmed: false }))).toBe("CONFLICT GATE_CLOSED");
    // production cells are C-7's: B-7 being done does not hold them
    expect(await failure(setDelegation({ db: t.prisma, actor: coordinator, institutionId: inst.id, right: "AAREG_OTP_API", environment: "PRODUCTION", confirmed: false }))).toBe("OK");
    await updateStep({ db: t.prisma, actor: coordinator, institutionId: inst.id, stepKey: "B-7", expectedVersion: 1, status: "IN_PROGRESS" });
    expect(await failure(setDelegation({ db: t.prisma, actor: coordinator, institutionId: inst.id, right: "AAREG_OTP_API", environment: "TT02", confirmed: false }))).toBe("OK");
  });

  it("C-7 is not completed (nor sent to Bits: the same evidence check) before the production column is complete", async () => {
    const inst = await withSupplier();
    const send = (version: number) =>
      failure(updateStep({
        db: t.prisma, actor: coordinator, institutionId: inst.id, stepKey: "C-7", expectedVersion: version, status: "DONE",
        evidence: { confirmationSentOn: "2026-11-20" }, reason: "Bits overstyrer forutsetningene i testen",
      }));
    await confirmColumn(coordinator, inst.id, "TT02");
    expect(await send(0)).toBe("INVALID EVIDENCE_INCOMPLETE");
    await confirmColumn(coordinator, inst.id, "PRODUCTION");
    expect(await send(0)).toBe("OK");
  });

  it("the demo seed's done B-7 has its matrix confirmed by the owner, so it reads complete", async () => {
    const inst = await withSupplier();
    const owner = await seedUser(t.prisma, { memberships: [{ institutionId: inst.id, memberRole: "OWNER" }] });
    await seedPlan(t.prisma, inst.id, { idleDays: 1, steps: { "B-7": "DONE" } }, { coordinator: { id: coordinator.id, email: coordinator.email }, owner: { id: owner.id, email: owner.email } });
    expect(await t.prisma.stepDelegation.count({ where: { institutionId: inst.id, confirmedById: owner.id } })).toBe(8);
    const detail = await getStepDetail({ db: t.prisma, actor: coordinator, institutionId: inst.id, stepKey: "B-7", today: "2026-11-30" });
    expect(detail.completeness).toEqual({ complete: true, missing: [] });
  });
});
