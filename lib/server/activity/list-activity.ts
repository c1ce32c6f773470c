// The activity feed: the work on institutions, newest first, in people's words (entries from
// lib/onboarding/activity.ts). Per institution for everyone who may read it (institution.read),
// or across all institutions for coordinators. Reads the append-only audit trail through its
// (institutionId, at) and (at) indexes; the feed kind is classified in SQL exactly as
// activityEntry classifies it, so filters and paging happen in the database.
import { AppError } from "../../errors/app-error";
import { Prisma } from "../../generated/prisma/client";
import { activityEntry, FEED_ACTIONS, institutionStep, type TActivityEntry } from "../../onboarding";
import type { TActivityFilter } from "../../validation/activity";
import { requireAccess, type CoreActor } from "../access/require-access";
import { requireCoordinator } from "../checklist/access";
import { osloDayStart } from "../checklist/load-states";
import { likePattern } from "../institution-search";
import type { PrismaClient } from "../prisma-client";
import { personFromActor, type TPerson } from "../../format/person";
import { actorNames } from "../people/actor-names";

export const ACTIVITY_PAGE_SIZE = 30;
const DAY_MS = 86_400_000;

/** An entry as pages get it: the person's name instead of their e-mail address. */
export interface TActivityFeedItem extends Omit<TActivityEntry, "actor"> {
  /** Who did it (lib/format/person.ts): a person by name or address, or Ajour itself. */
  person: TPerson;
  institution: { id: string; name: string };
}

export interface TActivityPage {
  /** The institution of a per-institution feed; null across institutions. */
  institution: { id: string; name: string } | null;
  entries: TActivityFeedItem[];
  total: number;
  page: number;
  pages: number;
}

/** The feed kind of an audit row, in SQL; must agree with activityEntry (tested). */
const KIND_SQL = Prisma.sql`CASE
  WHEN e.action = 'step.comment' THEN 'COMMENT'
  WHEN e.action = 'step.update' AND e.after->'comment'->>'kind' IN ('REVIEW_APPROVED', 'REVIEW_RETURNED') THEN 'REVIEW'
  WHEN e.action = 'step.update' AND (e.before->>'status') IS DISTINCT FROM (e.after->>'status') THEN 'STATUS'
  WHEN e.action = 'step.update' AND (e.before->'evidence') IS DISTINCT FROM (e.after->'evidence') THEN 'EVIDENCE'
  WHEN e.action IN ('step.certificate.upload', 'step.token.check', 'step.delegation.confirm', 'step.delegation.unconfirm') THEN 'EVIDENCE'
  ELSE 'OTHER' END`;

/** The day after a YYYY-MM-DD day (a day in Oslo can be 23 or 25 hours: count days, not hours). */
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

function whereSql(institutionId: string | null, filter: TActivityFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`e.action IN (${Prisma.join([...FEED_ACTIONS])})`];
  if (institutionId) parts.push(Prisma.sql`e."institutionId" = ${institutionId}`);
  else {
    parts.push(Prisma.sql`e."institutionId" IS NOT NULL`);
    if (filter.q) {
      const pattern = likePattern(filter.q);
      parts.push(Prisma.sql`e."institutionId" IN (SELECT i.id FROM "Institution" i WHERE i.name ILIKE ${pattern} OR i.orgnr LIKE ${pattern})`);
    }
  }
  if (filter.kind) parts.push(Prisma.sql`(${KIND_SQL}) = ${filter.kind}`);
  if (filter.from) parts.push(Prisma.sql`e.at >= ${osloDayStart(filter.from)}`);
  if (filter.to) parts.push(Prisma.sql`e.at < ${osloDayStart(nextDay(filter.to))}`);
  return Prisma.join(parts, " AND ");
}

export async function listActivity(opts: {
  db: PrismaClient;
  actor: CoreActor;
  /** One institution's feed; without it, every institution's (coordinators only). */
  institutionId?: string;
  filter: TActivityFilter;
}): Promise<TActivityPage> {
  const { db, actor, filter } = opts;
  let institution: TActivityPage["institution"] = null;
  if (opts.institutionId !== undefined) {
    await requireAccess({ db, actor, action: "institution.read", institutionId: opts.institutionId });
    institution = await db.institution.findUnique({ where: { id: opts.institutionId }, select: { id: true, name: true } });
    if (!institution) throw new AppError("NOT_FOUND");
  } else {
    await requireCoordinator(db, actor, "activity");
  }

  const where = whereSql(institution?.id ?? null, filter);
  const [{ total }] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "AuditEvent" e WHERE ${where}`;
  const pages = Math.max(1, Math.ceil(total / ACTIVITY_PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM "AuditEvent" e WHERE ${where}
    ORDER BY e.at DESC, e.id DESC LIMIT ${ACTIVITY_PAGE_SIZE} OFFSET ${(page - 1) * ACTIVITY_PAGE_SIZE}`;

  const rows = await db.auditEvent.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    include: { institution: { select: { id: true, name: true, catalogueVersion: true } } },
  });
  const names = await actorNames(db, rows.map((r) => r.actor));
  const entries = rows.flatMap((row): TActivityFeedItem[] => {
    const inst = row.institution;
    if (!inst) return [];
    const entry = activityEntry(row, (key) => institutionStep(key, inst.catalogueVersion).title);
    if (!entry) return [];
    const { actor, ...rest } = entry;
    return [{ ...rest, person: feedPerson(actor, names), institution: { id: inst.id, name: inst.name } }];
  });
  return { institution, entries, total, page, pages };
}

/** The feed names people by name only (members read it): the address stays in the audit trail. */
function feedPerson(actor: string, names: ReadonlyMap<string, string>): TPerson {
  const p = personFromActor(actor, names);
  return p.kind === "user" && p.name ? { ...p, email: null } : p;
}
