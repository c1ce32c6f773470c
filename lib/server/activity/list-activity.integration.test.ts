import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedInstitution } from "../../../prisma/seed/factories";
import { ACTIVITY_KINDS } from "../../onboarding";
import { ZActivityFilterSchema } from "../../validation/activity";
import { recordAudit } from "../audit/record-audit";
import { addStepComment } from "../checklist/add-step-comment";
import { stepSubject } from "../checklist/load-states";
import { decideStepReview, sendStepForReview } from "../checklist/review-step";
import { C4_COMPLETE, CERTS_COMPLETE, coordinator, member, setStates, type TTestActor } from "../checklist/test-helpers";
import { updateStep } from "../checklist/update-step";
import { createSandboxToken } from "../sandbox/manage-tokens";
import { openFreshDatabase, testDatabaseKinds, type TestDatabase } from "../testing/test-databases";
import { ACTIVITY_PAGE_SIZE, listActivity } from "./list-activity";

const kinds = await testDatabaseKinds();
const TODAY = "2026-11-26";

describe.each(kinds)("activity feed on %s", (kind) => {
  let t: TestDatabase;
  let bits: TTestActor;
  let kari: TTestActor;
  let ola: TTestActor;
  const inst = { A: "", B: "", C: "" };
  const filter = (f: Record<string, string> = {}) => ZActivityFilterSchema.parse(f);
  const feedOf = (actor: TTestActor, institutionId: string, f: Record<string, string> = {}) => listActivity({ db: t.prisma, actor, institutionId, filter: filter(f) });
  const allFeed = (actor: TTestActor, f: Record<string, string> = {}) => listActivity({ db: t.prisma, actor, filter: filter(f) });
  const denials = (actor: TTestActor) => t.prisma.auditEvent.count({ where: { actor: actor.email, action: "access.denied" } });

  beforeAll(async () => {
    t = await openFreshDatabase(kind);
    inst.A = (await seedInstitution(t.prisma, { name: "Fjordkyst Pensjonskasse" })).id;
    inst.B = (await seedInstitution(t.prisma, { name: "Nordlys Pensjon" })).id;
    inst.C = (await seedInstitution(t.prisma, { name: "Paging Pensjon" })).id;
    kari = await member(t.prisma, inst.A, "Kari Nordmann");
    ola = await member(t.prisma, inst.B, "Ola Nordmann");
    bits = await coordinator(t.prisma, "Berit Bits");
    const db = t.prisma;
    const step = (actor: TTestActor, institutionId: string, stepKey: string, expectedVersion: number, patch: object) =>
      updateStep({ db, actor, institutionId, stepKey, expectedVersion, today: TODAY, ...patch });
    // Institution A, oldest first
    await step(kari, inst.A, "A-2", 0, { status: "IN_PROGRESS" });
    await step(kari, inst.A, "A-2", 1, { evidence: CERTS_COMPLETE });
    await step(kari, inst.A, "A-2", 2, { dueDate: "2026-12-01" });
    await addStepComment({ db, actor: kari, institutionId: inst.A, stepKey: "A-3", body: "Vi leser dokumentasjonen nå." });
    // C-4's evidence set directly (no feed entry), then sent to Bits and returned through the review actions
    await setStates(db, inst.A, { "C-3": "DONE", "A-6": "DONE", "C-4": { status: "NOT_STARTED", evidence: C4_COMPLETE } });
    await sendStepForReview({ db, actor: kari, institutionId: inst.A, stepKey: "C-4", expectedVersion: 1, today: TODAY });
    await decideStepReview({ db, actor: bits, institutionId: inst.A, stepKey: "C-4", expectedVersion: 2, today: TODAY, decision: "RETURNED", reason: "Rapporten mangler testtilfelle 3." });
    await createSandboxToken({ db, actor: kari, institutionId: inst.A, name: "CI-token" });
    // never in a feed: sign-ins and refused attempts, even with the institution on them
    await recordAudit(db, { actor: kari.email, action: "user.sign-in", subject: `user:${kari.id}`, institutionId: inst.A });
    await recordAudit(db, { actor: ola.email, action: "access.denied", subject: `institution.read institution:${inst.A}`, institutionId: inst.A });
    // Institution B
    await step(ola, inst.B, "A-1", 0, { status: "IN_PROGRESS" });
  });
  afterAll(async () => t?.close());

  it("an institution's feed: newest first, in words, with names and step titles", async () => {
    const feed = await feedOf(kari, inst.A);
    expect(feed.institution).toEqual({ id: inst.A, name: "Fjordkyst Pensjonskasse" });
    expect(feed.entries.map((e) => [e.type, e.stepKey])).toEqual([
      ["SANDBOX_TOKEN_CREATED", null],
      ["REVIEW_RETURNED", "C-4"],
      ["STATUS_CHANGED", "C-4"],
      ["COMMENTED", "A-3"],
      ["DUE_DATE_SET", "A-2"],
      ["EVIDENCE_UPDATED", "A-2"],
      ["STATUS_CHANGED", "A-2"],
      ["INSTITUTION_CREATED", null], // by the seed factory
    ]);
    expect(feed.total).toBe(8);
    const [token, returned, , comment, , , first, created] = feed.entries;
    expect(token).toMatchObject({ person: { kind: "user", name: "Kari Nordmann" }, detail: "CI-token", institution: { id: inst.A, name: "Fjordkyst Pensjonskasse" } });
    expect(returned).toMatchObject({ person: { kind: "user", name: "Berit Bits" }, kind: "REVIEW", from: "AWAITING_REVIEW", to: "IN_PROGRESS", excerpt: "Rapporten mangler testtilfelle 3." });
    expect(comment).toMatchObject({ kind: "COMMENT", excerpt: "Vi leser dokumentasjonen nå.", stepTitle: { nb: "Sett dere inn i Maskinporten" } });
    expect(created).toMatchObject({ person: { kind: "system" }, kind: "OTHER" }); // "seed" is no person: shown as Ajour itself, never as "seed"
    expect(first).toMatchObject({ from: "NOT_STARTED", to: "IN_PROGRESS", stepTitle: { nb: "Bestill virksomhetssertifikater for test og produksjon" } });
    const times = feed.entries.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(JSON.stringify(feed.entries)).not.toContain(kari.email);
  });

  it("the kind filter in SQL agrees with the entries' kinds, and the kinds add up to the whole feed", async () => {
    const all = await allFeed(bits);
    let sum = 0;
    for (const k of ACTIVITY_KINDS) {
      const feed = await allFeed(bits, { kind: k });
      expect(feed.entries.every((e) => e.kind === k), k).toBe(true);
      expect(feed.entries.length, k).toBe(all.entries.filter((e) => e.kind === k).length);
      sum += feed.total;
    }
    expect(sum).toBe(all.total);
    expect((await feedOf(kari, inst.A, { kind: "REVIEW" })).entries.map((e) => e.stepKey)).toEqual(["C-4"]);
    expect((await feedOf(kari, inst.A, { kind: "EVIDENCE" })).entries.map((e) => e.type)).toEqual(["EVIDENCE_UPDATED"]);
  });

  it("scopes: a member of A never sees B; refused reads are logged and NOT_FOUND", async () => {
    const own = await feedOf(ola, inst.B);
    expect(own.entries.map((e) => [e.institution.name, e.type])).toEqual([["Nordlys Pensjon", "STATUS_CHANGED"], ["Nordlys Pensjon", "INSTITUTION_CREATED"]]);
    const before = await denials(ola);
    await expect(feedOf(ola, inst.A)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(allFeed(ola)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await denials(ola)).toBe(before + 2);
    const logged = await t.prisma.auditEvent.findMany({ where: { actor: ola.email, action: "access.denied" }, orderBy: { at: "desc" }, take: 2 });
    expect(logged.map((e) => e.subject).sort()).toEqual(["activity", `institution.read institution:${inst.A}`]);
    await expect(feedOf(bits, "finnes-ikke")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("coordinators see every institution; the institution search narrows it", async () => {
    const all = await allFeed(bits);
    expect(new Set(all.entries.map((e) => e.institution.name))).toEqual(new Set(["Fjordkyst Pensjonskasse", "Nordlys Pensjon", "Paging Pensjon"]));
    expect(all.entries.some((e) => ["user.sign-in", "access.denied"].includes(e.type))).toBe(false);
    expect((await allFeed(bits, { q: "nordlys" })).entries.map((e) => e.institution.name)).toEqual(["Nordlys Pensjon", "Nordlys Pensjon"]);
    expect((await allFeed(bits, { q: "100%_" })).total).toBe(0); // LIKE wildcards are literal
    // q is for the cross-institution feed only
    expect((await feedOf(kari, inst.A, { q: "nordlys" })).total).toBe(8);
  });

  it("pages by offset without gaps or repeats, and filters by Oslo days (CET and CEST)", async () => {
    const base = Date.parse("2026-03-10T10:00:00Z");
    for (let i = 0; i < ACTIVITY_PAGE_SIZE + 5; i++) {
      await t.prisma.auditEvent.create({
        data: { at: new Date(base + i * 60_000), actor: kari.email, action: "step.comment", subject: stepSubject(inst.C, "A-1"), institutionId: inst.C, after: { body: `nr ${i}` } },
      });
    }
    const p1 = await feedOf(bits, inst.C, { kind: "COMMENT" }); // without the seed's institution.create
    const p2 = await feedOf(bits, inst.C, { kind: "COMMENT", page: "2" });
    expect([p1.total, p1.pages, p1.entries.length, p2.entries.length]).toEqual([35, 2, ACTIVITY_PAGE_SIZE, 5]);
    expect(p1.entries[0].excerpt).toBe("nr 34");
    expect(p2.entries.at(-1)!.excerpt).toBe("nr 0");
    expect(new Set([...p1.entries, ...p2.entries].map((e) => e.id)).size).toBe(35);
    expect((await feedOf(bits, inst.C, { kind: "COMMENT", page: "9" })).page).toBe(2); // past the end: the last page

    // 00:30 and 23:30 Oslo time on either side of a day, in winter (UTC+1) and summer (UTC+2)
    const at = [
      ["2026-03-01T23:30:00Z", "mar 2 00:30"],
      ["2026-03-01T22:30:00Z", "mar 1 23:30"],
      ["2026-07-01T22:30:00Z", "jul 2 00:30"],
      ["2026-07-01T21:30:00Z", "jul 1 23:30"],
    ];
    for (const [iso, body] of at) {
      await t.prisma.auditEvent.create({ data: { at: new Date(iso), actor: kari.email, action: "step.comment", subject: stepSubject(inst.C, "A-1"), institutionId: inst.C, after: { body } } });
    }
    const day = async (from: string, to: string) => (await feedOf(bits, inst.C, { from, to, kind: "COMMENT" })).entries.map((e) => e.excerpt);
    expect(await day("2026-03-02", "2026-03-02")).toEqual(["mar 2 00:30"]);
    expect(await day("2026-03-01", "2026-03-01")).toEqual(["mar 1 23:30"]);
    expect(await day("2026-07-02", "2026-07-02")).toEqual(["jul 2 00:30"]);
    expect(await day("2026-07-01", "2026-07-01")).toEqual(["jul 1 23:30"]);
    expect((await feedOf(bits, inst.C, { from: "2026-03-01", to: "2026-07-01", kind: "COMMENT" })).total).toBe(3 + 35);
  });

  it("rejects a date range that ends before it starts", () => {
    expect(ZActivityFilterSchema.safeParse({ from: "2026-03-02", to: "2026-03-01" }).success).toBe(false);
    expect(ZActivityFilterSchema.safeParse({ kind: "SIGN_IN" }).success).toBe(false);
  });
});
