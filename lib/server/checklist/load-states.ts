// Reads what the pure rule engine (lib/onboarding) needs: the institution's profile, its
// catalogue version and the recorded step states. No access check here: callers check first.
import { getCatalogue, type TCatalogue, type TDelegationCell, type TInstitutionProfile, type TRecordedStates } from "../../onboarding";
import type { Prisma } from "../../generated/prisma/client";
import type { PrismaClient } from "../prisma-client";

export const STEP_ROW_SELECT = {
  stepKey: true,
  status: true,
  reason: true,
  evidence: true,
  dueDate: true,
  version: true,
  updatedAt: true,
  updatedById: true,
  updatedBy: { select: { name: true } },
} as const satisfies Prisma.InstitutionStepSelect;

export const CHECKLIST_INSTITUTION_SELECT = {
  id: true,
  name: true,
  orgnr: true,
  blpMember: true,
  supplierOrgnr: true,
  supplierName: true,
  targetProductionDate: true,
  catalogueVersion: true,
  createdAt: true,
  // ownership (issue 15): the ids are part of the cached digest (updatedAt keys it); names are
  // read per request (list-overview.ts), so a renamed person shows at once
  responsibleCoordinatorId: true,
  mainContactUserId: true,
  steps: { select: STEP_ROW_SELECT },
  // newest first: the first round of a step is its latest (in review, returned or approved)
  reviewRounds: {
    select: { stepKey: true, sentAt: true, decision: true, reason: true, sentBy: { select: { name: true } } },
    orderBy: [{ sentAt: "desc" }, { id: "desc" }],
  },
  // B-7's delegation matrix (with a supplier): decides B-7 and C-7 (lib/onboarding/delegation.ts)
  stepDelegations: {
    select: { right: true, environment: true, confirmedAt: true, confirmedBy: { select: { name: true } } },
    orderBy: [{ confirmedAt: "asc" }, { id: "asc" }],
  },
} as const satisfies Prisma.InstitutionSelect;

export type TStepRow = Prisma.InstitutionStepGetPayload<{ select: typeof STEP_ROW_SELECT }>;
export type TChecklistInstitutionRow = Prisma.InstitutionGetPayload<{ select: typeof CHECKLIST_INSTITUTION_SELECT }>;

export const isoDay = (d: Date | null | undefined): string | undefined => (d ? d.toISOString().slice(0, 10) : undefined);
export const dayToDate = (s: string): Date => new Date(`${s}T00:00:00Z`);

export function profileOf(i: { blpMember: boolean; supplierOrgnr: string | null }): TInstitutionProfile {
  return { blpMember: i.blpMember, hasSupplier: i.supplierOrgnr !== null && i.supplierOrgnr !== "" };
}

/** A step's latest review round, as the checklist shows it (in review since, returned because). */
export interface TLatestRound {
  sentAt: string;
  sentByName: string | null;
  decision: "APPROVED" | "RETURNED" | null;
  reason: string | null;
}

export function latestRoundsOf(rounds: readonly TChecklistInstitutionRow["reviewRounds"][number][]): Record<string, TLatestRound> {
  const latest: Record<string, TLatestRound> = {};
  for (const r of rounds) {
    latest[r.stepKey] ??= { sentAt: r.sentAt.toISOString(), sentByName: r.sentBy?.name ?? null, decision: r.decision, reason: r.reason };
  }
  return latest;
}

export function statesOf(rows: readonly TStepRow[], rounds: Readonly<Record<string, TLatestRound>> = {}): TRecordedStates {
  const states: Record<string, TRecordedStates[string]> = {};
  for (const r of rows) {
    const round = rounds[r.stepKey];
    states[r.stepKey] = {
      status: r.status,
      dueDate: isoDay(r.dueDate),
      updatedAt: r.updatedAt.toISOString(),
      reason: r.reason ?? undefined,
      evidence: r.evidence ?? undefined,
      ...(round?.decision === "RETURNED" ? { returnedReason: round.reason ?? "" } : {}),
    };
  }
  return states;
}

export interface TChecklistSource {
  institution: Omit<TChecklistInstitutionRow, "steps" | "reviewRounds" | "stepDelegations">;
  rows: TStepRow[];
  profile: TInstitutionProfile;
  catalogue: TCatalogue;
  states: TRecordedStates;
  /** Each reviewed step's latest round (absent in sources built by hand). */
  rounds?: Readonly<Record<string, TLatestRound>>;
  /** The confirmed cells of B-7's delegation matrix (absent in sources built by hand = none). */
  delegations?: TDelegationCell[];
}

export function delegationsOf(rows: readonly TChecklistInstitutionRow["stepDelegations"][number][]): TDelegationCell[] {
  return rows.map((d) => ({ right: d.right, environment: d.environment, confirmedAt: d.confirmedAt.toISOString(), confirmedByName: d.confirmedBy.name }));
}

export function toSource(row: TChecklistInstitutionRow): TChecklistSource {
  const { steps, reviewRounds, stepDelegations, ...institution } = row;
  const rounds = latestRoundsOf(reviewRounds);
  return {
    institution, rows: steps, profile: profileOf(row), catalogue: getCatalogue(row.catalogueVersion), states: statesOf(steps, rounds), rounds,
    delegations: delegationsOf(stepDelegations),
  };
}

/** One institution's checklist source, or null when the institution does not exist. */
export async function loadChecklistSource(db: PrismaClient, institutionId: string): Promise<TChecklistSource | null> {
  if (!institutionId) throw new Error("institutionId is required");
  const row = await db.institution.findUnique({ where: { id: institutionId }, select: CHECKLIST_INSTITUTION_SELECT });
  return row ? toSource(row) : null;
}

/** YYYY-MM-DD in Norway's time zone: the "today" the rule engine is given. */
// Built once: constructing an Intl.DateTimeFormat costs far more than formatting with it.
const OSLO_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" });

export function osloToday(now: Date = new Date()): string {
  return OSLO_DAY.format(now);
}

export const stepSubject = (institutionId: string, stepKey: string) => `step:${institutionId}:${stepKey}`;

const OSLO_WALL = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
});

/** The instant a YYYY-MM-DD day begins in Norway (midnight Oslo time, CET or CEST). */
export function osloDayStart(day: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  // The offset at UTC midnight is the offset at Oslo midnight: DST changes at 01:00 UTC.
  const p = Object.fromEntries(OSLO_WALL.formatToParts(new Date(utcMidnight)).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return new Date(utcMidnight - (wall - utcMidnight));
}
