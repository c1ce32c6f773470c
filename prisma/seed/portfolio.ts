// A portfolio with history (issue 15): institutions that started onboarding at different times
// over the last two years and moved through the checklist at their own pace, written as the app
// writes it (step rows, a "step.update" audit event per status change, review rounds for the
// steps Bits reviews) but in bulk (createMany), so the embedded database seeds it in seconds.
// Deterministic (a seeded random generator): every fresh demo tells the same story, relative to
// the day it is seeded. Used by the demo seed (about 40) and the web benchmark (500).
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { getCatalogue, type TStepStatus } from "../../lib/onboarding";
import { orgnrCheckDigit } from "../../lib/onboarding/orgnr";
import { defaultStepDays } from "../../lib/portfolio/step-defaults";
import { completeEvidence } from "./checklist-plans";

const DAY = 86_400_000;

/** mulberry32: a small seeded generator, so the demo is the same on every fresh start. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ["Aurland", "Bremanger", "Dovre", "Eidsvoll", "Fosen", "Gausdal", "Hardanger", "Innherred", "Jæren", "Karmøy", "Lofoten", "Meløy",
  "Namdal", "Oppdal", "Rauma", "Saltdal", "Tinn", "Utsira", "Valdres", "Vefsn", "Ålesund", "Bjerkreim", "Stad", "Fitjar", "Gjesdal", "Hitra",
  "Inderøy", "Kvinnherad", "Lyngen", "Modum", "Nesna", "Orkland", "Porsanger", "Rendalen", "Sunndal", "Tydal", "Vågå", "Sirdal", "Lesja", "Røros"];
const KINDS = ["Pensjonskasse", "Tjenestepensjon AS", "Livsforsikring ASA", "Pensjonsforsikring", "Kommunale Pensjonskasse"];
const BLOCK_REASONS = [
  "Venter på signatur fra styreleder",
  "Leverandøren har ikke satt opp testmiljøet ennå",
  "Sertifikatbestillingen er stoppet hos Buypass",
  "Avventer svar fra NAV om tilgangssøknaden",
];

export interface TPortfolioSeedOptions {
  count: number;
  /** Coordinators to make responsible (round robin); every `unassignedEvery`-th institution gets none. */
  coordinators: { id: string; email: string }[];
  unassignedEvery?: number;
  /** Extra step.update events per step while it is in progress (evidence saved again): the bench's volume. */
  editsPerStep?: number;
  seed?: number;
  now?: Date;
  namePrefix?: string;
}

interface TEvent { at: number; status: TStepStatus; by: "bits" | "inst" }

/** Seeds `count` institutions with history; returns their ids. */
export async function seedPortfolio(db: PrismaClient, opts: TPortfolioSeedOptions): Promise<string[]> {
  const rnd = random(opts.seed ?? 15);
  const now = (opts.now ?? new Date()).getTime();
  const today = Math.floor(now / DAY) * DAY;
  const dayIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const day = (offset: number) => dayIso(now + offset * DAY);
  const catalogue = getCatalogue();
  const unassignedEvery = opts.unassignedEvery ?? 17;
  const edits = opts.editsPerStep ?? 0;

  const plans = Array.from({ length: opts.count }, (_, n) => {
    const place = PLACES[n % PLACES.length];
    const kind = KINDS[(n * 7) % KINDS.length];
    const round = Math.floor(n / PLACES.length);
    let base = 80_000_000 + ((n * 7919 + (opts.seed ?? 15) * 104_729) % 9_000_000);
    let check = orgnrCheckDigit(String(base));
    while (check === null) check = orgnrCheckDigit(String(++base));
    // started between two years and a month ago; a few are slow, a few get stuck
    const startedDaysAgo = Math.round(30 + rnd() * 700);
    const pace = n % 9 === 4 ? 1.8 + rnd() : 0.6 + rnd() * 0.8;
    const stuck = n % 11 === 6;
    const supplier = n % 4 === 1;
    return {
      orgnr: `${base}${check}`,
      name: `${opts.namePrefix ?? ""}${place} ${kind}${round > 0 ? ` ${round + 1}` : ""}`,
      blpMember: n % 2 === 0,
      supplier,
      start: today - startedDaysAgo * DAY,
      // planned as the guide's defaults add up (about a year) give or take, some optimistic
      target: today - startedDaysAgo * DAY + Math.round((240 + rnd() * 200) * (n % 5 === 2 ? 0.6 : 1)) * DAY,
      pace,
      stuck,
      coordinator: n % unassignedEvery === unassignedEvery - 1 ? null : opts.coordinators[n % opts.coordinators.length] ?? null,
    };
  });

  const institutions = await db.institution.createManyAndReturn({
    data: plans.map((p) => ({
      orgnr: p.orgnr,
      name: p.name,
      blpMember: p.blpMember,
      supplierOrgnr: p.supplier ? "999999999" : null,
      supplierName: p.supplier ? "Pensjonsdrift Leverandør AS" : null,
      targetProductionDate: new Date(`${dayIso(p.target)}T00:00:00Z`),
      responsibleCoordinatorId: p.coordinator?.id ?? null,
      createdAt: new Date(p.start),
    })),
    select: { id: true, orgnr: true },
  });
  const idOf = new Map(institutions.map((i) => [i.orgnr, i.id]));
  const contacts = await db.user.createManyAndReturn({
    data: plans.map((p, n) => ({ email: `kontakt${n + 1}.${p.orgnr}@portefolje.demo.ajour.no`, name: `Kontakt ${p.name}`, role: "INSTITUTION_USER" as const, createdAt: new Date(p.start) })),
    select: { id: true, email: true },
  });
  const contactByEmail = new Map(contacts.map((c) => [c.email, c]));
  const contactOf = (n: number) => contactByEmail.get(`kontakt${n + 1}.${plans[n].orgnr}@portefolje.demo.ajour.no`)!;
  await db.membership.createMany({ data: plans.map((p, n) => ({ institutionId: idOf.get(p.orgnr)!, userId: contactOf(n).id, memberRole: "OWNER" as const })) });
  for (const [n, p] of plans.entries()) {
    await db.institution.update({ where: { id: idOf.get(p.orgnr)! }, data: { mainContactUserId: contactOf(n).id } });
  }

  const steps: Prisma.InstitutionStepCreateManyInput[] = [];
  const audits: Prisma.AuditEventCreateManyInput[] = [];
  const rounds: Prisma.StepReviewRoundCreateManyInput[] = [];
  const coordinatorFallback = opts.coordinators[0];
  for (const [n, p] of plans.entries()) {
    const institutionId = idOf.get(p.orgnr)!;
    const contact = contactOf(n);
    const coordinator = p.coordinator ?? coordinatorFallback;
    const profile = { blpMember: p.blpMember, hasSupplier: p.supplier };
    audits.push({ at: new Date(p.start), actor: coordinator.email, institutionId, action: "institution.create", subject: `institution:${institutionId}`, after: { orgnr: p.orgnr, name: p.name } });
    const doneAt = new Map<string, number>();
    let stuckUsed = false;
    for (const step of catalogue.steps) {
      // a step that does not apply is closed from the start: steps after it do not wait for it
      if (step.applicability === "SUPPLIER_ONLY" && !p.supplier) {
        doneAt.set(step.key, p.start);
        continue;
      }
      const prereqs = step.prerequisites.map((k) => doneAt.get(k));
      if (prereqs.some((d) => d === undefined)) continue; // a prerequisite is still open: not started
      const start = Math.max(p.start, ...(prereqs as number[])) + Math.round(rnd() * 5) * DAY;
      if (start > now) continue;
      const duration = Math.max(1, Math.round(defaultStepDays(step.key) * p.pace * (0.5 + rnd()))) * DAY;
      const events: TEvent[] = [{ at: start, status: "IN_PROGRESS", by: step.performer === "BITS" ? "bits" : "inst" }];
      for (let e = 1; e <= edits; e++) events.push({ at: start + Math.round((duration * 0.6 * e) / (edits + 1)), status: "IN_PROGRESS", by: "inst" });
      const blockedHere = p.stuck && !stuckUsed && step.phase !== "A" && rnd() < 0.5;
      let end = start + duration;
      if (blockedHere) {
        stuckUsed = true;
        events.push({ at: start + Math.round(duration * 0.4), status: "BLOCKED", by: "inst" });
        end = Number.POSITIVE_INFINITY; // stays blocked
      } else if (step.requiresReview) {
        const sent = start + Math.round(duration * 0.6);
        const returned = rnd() < 0.3;
        const turnaround = Math.round((1 + rnd() * 6) * DAY);
        events.push({ at: sent, status: "AWAITING_REVIEW", by: "inst" });
        if (returned) {
          events.push({ at: sent + turnaround, status: "IN_PROGRESS", by: "bits" });
          rounds.push({ institutionId, stepKey: step.key, stepVersion: events.length - 1, evidence: {}, sentById: contact.id, sentAt: new Date(sent), decision: "RETURNED", decidedById: coordinator.id, decidedAt: new Date(sent + turnaround), reason: "Mangler dokumentasjon av testresultatene" });
          events.push({ at: sent + turnaround + 3 * DAY, status: "AWAITING_REVIEW", by: "inst" });
        }
        const lastSent = events.at(-1)!.at;
        end = Math.max(end, lastSent + Math.round((1 + rnd() * 5) * DAY));
        if (end <= now) {
          rounds.push({ institutionId, stepKey: step.key, stepVersion: events.length, evidence: {}, sentById: contact.id, sentAt: new Date(lastSent), decision: "APPROVED", decidedById: coordinator.id, decidedAt: new Date(end) });
        } else if (lastSent <= now) {
          rounds.push({ institutionId, stepKey: step.key, stepVersion: events.length, evidence: {}, sentById: contact.id, sentAt: new Date(lastSent) });
        }
      }
      if (end <= now) {
        events.push({ at: end, status: "DONE", by: step.performer === "INSTITUTION" ? "inst" : "bits" });
        doneAt.set(step.key, end);
      }
      const happened = events.filter((e) => e.at <= now);
      if (happened.length === 0) continue;
      const last = happened.at(-1)!;
      const status = last.status;
      const open = status !== "DONE";
      let evidence = (status === "DONE" || status === "AWAITING_REVIEW" ? completeEvidence(step.key, profile, day) : {}) as Prisma.InputJsonObject;
      // a few certificates expire within the dashboard's 60 days
      if (step.key === "A-2" && status === "DONE" && n % 13 === 3) {
        evidence = { certificates: [{ environment: "test", provider: "Buypass", expiresOn: day(10 + (n % 40)), reused: false }, { environment: "production", provider: "Buypass", expiresOn: day(400), reused: false }] };
      }
      steps.push({
        institutionId,
        stepKey: step.key,
        status,
        reason: status === "BLOCKED" ? BLOCK_REASONS[n % BLOCK_REASONS.length] : null,
        evidence,
        // open steps have a due date from the guide's default; some have already passed
        dueDate: open ? new Date(`${dayIso(start + defaultStepDays(step.key) * DAY)}T00:00:00Z`) : null,
        version: happened.length,
        createdAt: new Date(happened[0].at),
        updatedAt: new Date(last.at),
        updatedById: last.by === "bits" ? coordinator.id : contact.id,
      });
      let previous: TStepStatus = "NOT_STARTED";
      for (const [v, e] of happened.entries()) {
        audits.push({
          at: new Date(e.at),
          actor: e.by === "bits" ? coordinator.email : contact.email,
          institutionId,
          action: "step.update",
          subject: `step:${institutionId}:${step.key}`,
          before: { status: previous, version: v },
          after: { status: e.status, version: v + 1, ...(e.status === "BLOCKED" ? { reason: BLOCK_REASONS[n % BLOCK_REASONS.length] } : {}) },
        });
        previous = e.status;
      }
    }
  }
  const CHUNK = 5_000;
  for (let i = 0; i < steps.length; i += CHUNK) await db.institutionStep.createMany({ data: steps.slice(i, i + CHUNK) });
  for (let i = 0; i < audits.length; i += CHUNK) await db.auditEvent.createMany({ data: audits.slice(i, i + CHUNK) });
  for (let i = 0; i < rounds.length; i += CHUNK) await db.stepReviewRound.createMany({ data: rounds.slice(i, i + CHUNK) });
  return institutions.map((i) => i.id);
}
