import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoProgress } from "../../../prisma/seed/checklist";
import { DEMO_INSTITUTIONS } from "../../../prisma/seed/demo";
import { seedInstitution } from "../../../prisma/seed/factories";
import { ZOverviewFilterSchema } from "../../validation/checklist";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { getChecklist } from "./get-checklist";
import { getStepDetail } from "./get-step-detail";
import { listBitsQueue } from "./list-bits-queue";
import { listOverview } from "./list-overview";
import { osloToday } from "./load-states";
import { coordinator, member, type TTestActor } from "./test-helpers";

const kinds = await testDatabaseKinds();
const today = osloToday();

describe.each(kinds)("overview and Bits queue on %s", (kind) => {
  let t: TestDatabase;
  let bits: TTestActor;
  const ids = new Map<string, string>();
  const idOf = (name: string) => [...ids.entries()].find(([orgnr]) => DEMO_INSTITUTIONS.find((d) => d.orgnr === orgnr)?.name === name)![1];
  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    for (const d of DEMO_INSTITUTIONS) {
      const inst = await seedInstitution(t.prisma, { orgnr: d.orgnr, name: d.name, blpMember: d.blpMember, supplierOrgnr: "supplierOrgnr" in d ? d.supplierOrgnr : null, supplierName: "supplierName" in d ? d.supplierName : null });
      ids.set(d.orgnr, inst.id);
    }
    await seedDemoProgress(t.prisma, ids);
    bits = await coordinator(t.prisma);
  });
  afterAll(async () => t?.close());

  const overview = (filters: Record<string, string> = {}) => listOverview({ db: t.prisma, actor: bits, today, filters: ZOverviewFilterSchema.parse(filters) });

  it("seeds the demo institutions into phases A, B, C and D", async () => {
    const { rows, total } = await overview({ sort: "phase" });
    expect(total).toBe(4);
    expect(rows.map((r) => [r.institution.orgnr, r.phase])).toEqual([["974760673", "A"], ["910112244", "B"], ["923609016", "C"], ["985399077", "D"]]);
    const havbris = rows[3];
    expect(havbris.progress.phases.C.percent).toBe(100);
    expect(havbris.progress.overall.percent).toBeGreaterThan(90);
    expect(havbris.next).toMatchObject({ key: "D-2" });
  });

  it("shows warnings and filters: stale, overdue, certificate, third party, waiting on Bits, search", async () => {
    const { rows } = await overview();
    const fjordkyst = rows.find((r) => r.institution.orgnr === "974760673")!;
    expect(fjordkyst).toMatchObject({ stale: true, overdueCount: 1, certificateWarning: null });
    expect(fjordkyst.daysSinceActivity).toBeGreaterThanOrEqual(20);
    const vidde = rows.find((r) => r.institution.orgnr === "923609016")!;
    expect(vidde.certificateWarning).toMatchObject({ environment: "production", expired: false });
    expect(vidde.certificateWarning!.daysLeft).toBeLessThanOrEqual(60);
    expect((await overview({ stale: "on" })).rows.map((r) => r.institution.orgnr)).toEqual(["974760673"]);
    expect((await overview({ overdue: "on" })).rows.map((r) => r.institution.orgnr)).toEqual(["974760673"]);
    expect((await overview({ thirdParty: "on", sort: "name" })).rows.map((r) => r.institution.orgnr)).toEqual(["985399077", "923609016"]);
    expect((await overview({ waitingOnBits: "on" })).rows.map((r) => r.institution.orgnr)).toEqual(["923609016"]);
    expect((await overview({ q: "nordlys" })).rows.map((r) => r.institution.orgnr)).toEqual(["910112244"]);
    expect((await overview({ q: "9236" })).rows.map((r) => r.institution.name)).toEqual(["Vidde Tjenestepensjon AS"]);
    expect((await overview({ q: " NORDLYS " })).rows.map((r) => r.institution.orgnr)).toEqual(["910112244"]);
    // LIKE wildcards in the search are literal: "%" and "_" match no institution here
    expect((await overview({ q: "%" })).rows).toEqual([]);
    expect((await overview({ q: "_" })).rows).toEqual([]);
    // digits search org numbers from the start only
    expect((await overview({ q: "236" })).rows).toEqual([]);
    expect((await overview({ phase: "D" })).rows).toHaveLength(1);
  });

  it("lists what waits for Bits across institutions", async () => {
    const queue = await listBitsQueue({ db: t.prisma, actor: bits, today });
    expect(queue.map((q) => [q.institution.orgnr, q.key, q.reason])).toEqual([["923609016", "C-4", "REVIEW"]]);
    const nordlys = idOf("Nordlys Livsforsikring ASA");
    await t.prisma.institutionStep.update({ where: { institutionId_stepKey: { institutionId: nordlys, stepKey: "B-4" } }, data: { status: "NOT_STARTED" } });
    const after = await listBitsQueue({ db: t.prisma, actor: bits, today });
    expect(after.map((q) => [q.key, q.reason]).sort()).toEqual([["B-4", "INITIATE"], ["C-4", "REVIEW"]]);
  });

  it("gives the institution's own checklist the same story", async () => {
    const vidde = idOf("Vidde Tjenestepensjon AS");
    const user = await member(t.prisma, vidde);
    const list = await getChecklist({ db: t.prisma, actor: user, institutionId: vidde, today });
    expect(list).toMatchObject({ phase: "C", waitingOn: "BITS", next: { step: { key: "C-4" }, status: "AWAITING_REVIEW" } });
    expect(list.certificates).toHaveLength(1);
    // the step where certificates are recorded flags it too; other steps do not
    const a2 = await getStepDetail({ db: t.prisma, actor: user, institutionId: vidde, stepKey: "A-2", today });
    expect(a2.certificates).toEqual(list.certificates);
    expect(a2.certificates[0]).toMatchObject({ environment: "production", expired: false });
    const c4 = await getStepDetail({ db: t.prisma, actor: user, institutionId: vidde, stepKey: "C-4", today });
    expect(c4.certificates).toEqual([]);
  });

  it("is for coordinators only: an institution user gets NOT_FOUND and an access.denied event", async () => {
    const user = await member(t.prisma, idOf("Vidde Tjenestepensjon AS"));
    await expect(listOverview({ db: t.prisma, actor: user, today, filters: ZOverviewFilterSchema.parse({}) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listBitsQueue({ db: t.prisma, actor: user, today })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const denied = await t.prisma.auditEvent.findMany({ where: { action: "access.denied", actor: user.email } });
    expect(denied.map((d) => d.subject).sort()).toEqual(["checklist.bits-queue", "checklist.overview"]);
  });
});
