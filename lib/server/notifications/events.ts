// The events that notify (issue 14), called inside the transaction of the change they report.
// Each reads what it needs in one statement (loadEventContext), lets lib/notifications/recipients
// choose the people, and enqueues with notify().
import { stepSubject } from "../checklist/load-states";
import { findMentions } from "../../notifications/mentions";
import { commentRecipients, reviewDecidedRecipients, reviewSentRecipients } from "../../notifications/recipients";
import { excerpt } from "../../notifications/render";

import { notificationsSuppressed, notify, notifyMany, type TNotifyDb, type TPerson } from "./notify";

export interface TEventContext {
  institution: { id: string; name: string; catalogueVersion: number; responsibleCoordinatorId: string | null };
  members: { id: string; name: string; role: "OWNER" | "MEMBER" }[];
  coordinators: { id: string; name: string }[];
  /** people who edited, sent, decided or commented on the step */
  participants: string[];
  /** members and coordinators as notify() needs them (address, language, stored choices) */
  people: Map<string, TPerson>;
}

interface TRow {
  t: "i" | "m" | "c" | "p" | "f";
  a: string;
  b: string | null;
  c: string | null;
  email: string | null;
  locale: string | null;
  role: string | null;
}

/**
 * The institution, its members, Bits, their e-mail choices and (given a step) the step's
 * participants, in one statement: the one read an event adds to the change's transaction.
 */
export async function loadEventContext(tx: TNotifyDb, institutionId: string, stepKey: string | null): Promise<TEventContext | null> {
  if (notificationsSuppressed()) return null;
  const subject = stepKey ? stepSubject(institutionId, stepKey) : "";
  const rows = await tx.$queryRaw<TRow[]>`
    SELECT 'i' AS "t", i."name" AS "a", i."catalogueVersion"::text AS "b", i."responsibleCoordinatorId" AS "c", NULL AS "email", NULL AS "locale", NULL AS "role" FROM "Institution" i WHERE i."id" = ${institutionId}
    UNION ALL
    SELECT 'm', u."id", m."memberRole"::text, u."name", u."email", u."locale", u."role"::text FROM "Membership" m JOIN "User" u ON u."id" = m."userId" WHERE m."institutionId" = ${institutionId} AND u."disabled" = false
    UNION ALL
    SELECT 'c', u."id", NULL, u."name", u."email", u."locale", u."role"::text FROM "User" u WHERE u."role" = 'COORDINATOR' AND u."disabled" = false
    UNION ALL
    SELECT 'f', p."userId", p."category", p."mode", NULL, NULL, NULL FROM "NotificationPreference" p
    WHERE p."userId" IN (SELECT m."userId" FROM "Membership" m WHERE m."institutionId" = ${institutionId}) OR p."userId" IN (SELECT u."id" FROM "User" u WHERE u."role" = 'COORDINATOR')
    UNION ALL
    SELECT 'p', u."id", NULL, NULL, NULL, NULL, NULL FROM "User" u WHERE ${stepKey !== null} AND u."email" IN (
      SELECT a."actor" FROM "AuditEvent" a WHERE a."institutionId" = ${institutionId} AND a."subject" = ${subject} AND a."action" IN ('step.update', 'step.comment'))
    UNION ALL
    SELECT 'p', s."authorId", NULL, NULL, NULL, NULL, NULL FROM "StepComment" s WHERE s."institutionId" = ${institutionId} AND s."stepKey" = ${stepKey ?? ""}`;
  const head = rows.find((r) => r.t === "i");
  if (!head) return null;
  const people = new Map<string, TPerson>();
  for (const r of rows) {
    if ((r.t === "m" || r.t === "c") && !people.has(r.a)) people.set(r.a, { id: r.a, email: r.email ?? "", name: r.c ?? "", role: (r.role ?? "INSTITUTION_USER") as TPerson["role"], locale: r.locale ?? "nb", modes: {} });
  }
  for (const r of rows) {
    const person = r.t === "f" && r.b && r.c ? people.get(r.a) : undefined;
    if (person) person.modes[r.b!] = r.c!;
  }
  return {
    institution: { id: institutionId, name: head.a, catalogueVersion: Number(head.b) || 1, responsibleCoordinatorId: head.c },
    members: rows.filter((r) => r.t === "m").map((r) => ({ id: r.a, name: r.c ?? "", role: r.b === "OWNER" ? "OWNER" : "MEMBER" })),
    coordinators: rows.filter((r) => r.t === "c").map((r) => ({ id: r.a, name: r.c ?? "" })),
    participants: [...new Set(rows.filter((r) => r.t === "p").map((r) => r.a))],
    people,
  };
}

export const stepLink = (institutionId: string, stepKey: string) => `/institutions/${institutionId}/steps/${stepKey}`;

interface TActorRef {
  id: string;
  email: string;
  name?: string;
}

const stepParams = (ctx: TEventContext, stepKey: string, actorName: string) => ({
  institution: ctx.institution.name,
  stepKey,
  catalogueVersion: ctx.institution.catalogueVersion,
  actor: actorName,
});

async function actorName(tx: TNotifyDb, actor: TActorRef, ctx: TEventContext): Promise<string> {
  if (actor.name) return actor.name;
  const known = [...ctx.members, ...ctx.coordinators].find((p) => p.id === actor.id);
  if (known?.name) return known.name;
  const rows = await tx.$queryRaw<{ name: string }[]>`SELECT "name" FROM "User" WHERE "id" = ${actor.id}`;
  return rows[0]?.name || actor.email;
}

/** A step sent to Bits for review → the coordinators (the responsible one where known). */
export async function notifyReviewSent(tx: TNotifyDb, opts: { institutionId: string; stepKey: string; actor: TActorRef }) {
  const ctx = await loadEventContext(tx, opts.institutionId, null);
  if (!ctx) return;
  const recipients = reviewSentRecipients({ responsibleCoordinatorId: ctx.institution.responsibleCoordinatorId, coordinators: ctx.coordinators.map((c) => c.id), actorId: opts.actor.id });
  await notifyMany(tx, [{ kind: "reviewSent", recipients, params: stepParams(ctx, opts.stepKey, await actorName(tx, opts.actor, ctx)), link: stepLink(opts.institutionId, opts.stepKey), institutionId: opts.institutionId, stepKey: opts.stepKey }], ctx.people);
}

/** A review approved or returned (with its reason) → the members who worked on the step, and the owners. */
export async function notifyReviewDecided(tx: TNotifyDb, opts: { institutionId: string; stepKey: string; actor: TActorRef; decision: "APPROVED" | "RETURNED"; reason?: string | null }) {
  const ctx = await loadEventContext(tx, opts.institutionId, opts.stepKey);
  if (!ctx) return;
  const recipients = reviewDecidedRecipients({
    workedOnStep: ctx.participants,
    members: ctx.members.map((m) => m.id),
    owners: ctx.members.filter((m) => m.role === "OWNER").map((m) => m.id),
    actorId: opts.actor.id,
  });
  const params = { ...stepParams(ctx, opts.stepKey, await actorName(tx, opts.actor, ctx)), ...(opts.decision === "RETURNED" ? { reason: excerpt(opts.reason ?? "", 300) } : {}) };
  await notifyMany(tx, [{ kind: opts.decision === "APPROVED" ? "reviewApproved" : "reviewReturned", recipients, params, link: stepLink(opts.institutionId, opts.stepKey), institutionId: opts.institutionId, stepKey: opts.stepKey }], ctx.people);
}

/** A comment → everyone who edited or commented on the step; `@name` → the person named. Call it
 * after the comment row is written (its author then counts as a participant, and is left out). */
export async function notifyComment(tx: TNotifyDb, opts: { institutionId: string; stepKey: string; actor: TActorRef; body: string }) {
  const ctx = await loadEventContext(tx, opts.institutionId, opts.stepKey);
  if (!ctx) return;
  const mentionable = [...ctx.members, ...ctx.coordinators];
  const { comment, mention } = commentRecipients({
    participants: ctx.participants,
    mentioned: findMentions(opts.body, mentionable),
    mentionable: mentionable.map((p) => p.id),
    actorId: opts.actor.id,
  });
  const params = { ...stepParams(ctx, opts.stepKey, await actorName(tx, opts.actor, ctx)), excerpt: excerpt(opts.body) };
  const common = { params, link: stepLink(opts.institutionId, opts.stepKey), institutionId: opts.institutionId, stepKey: opts.stepKey };
  await notifyMany(tx, [{ kind: "comment", recipients: comment, ...common }, { kind: "mention", recipients: mention, ...common }], ctx.people);
}

/** The people a comment can mention on an institution's step: its members and the coordinators.
 * Names only, read on every step page: none of the institution row, e-mail choices or
 * participants an event's context (loadEventContext) reads. */
export async function mentionCandidates(tx: Pick<TNotifyDb, "$queryRaw">, institutionId: string): Promise<{ id: string; name: string }[]> {
  const rows = await tx.$queryRaw<{ id: string; name: string }[]>`
    SELECT u."id", u."name" FROM "Membership" m JOIN "User" u ON u."id" = m."userId" WHERE m."institutionId" = ${institutionId} AND u."disabled" = false
    UNION ALL
    SELECT u."id", u."name" FROM "User" u WHERE u."role" = 'COORDINATOR' AND u."disabled" = false`;
  const seen = new Set<string>();
  return rows.filter((p) => p.name && !seen.has(p.id) && seen.add(p.id)).map((p) => ({ id: p.id, name: p.name }));
}

/** An invitation accepted → the inviter. */
export async function notifyInvitationAccepted(tx: TNotifyDb, opts: { inviterId: string | null; person: { id: string; name: string; email: string }; institutionId: string | null }) {
  if (!opts.inviterId || opts.inviterId === opts.person.id) return;
  let institution = "Ajour";
  if (opts.institutionId) {
    const rows = await tx.$queryRaw<{ name: string }[]>`SELECT "name" FROM "Institution" WHERE "id" = ${opts.institutionId}`;
    institution = rows[0]?.name ?? institution;
  }
  await notify(tx, {
    kind: "invitationAccepted",
    recipients: [opts.inviterId],
    params: { person: opts.person.name || opts.person.email, institution },
    link: opts.institutionId ? `/institutions/${opts.institutionId}` : "/admin/users",
    institutionId: opts.institutionId,
  });
}

/** Added to or removed from an institution → that person (not when they did it themselves). */
export async function notifyMembership(tx: TNotifyDb, opts: { userId: string; institutionId: string; change: "added" | "removed"; actorId?: string | null }) {
  if (opts.actorId && opts.actorId === opts.userId) return;
  const rows = await tx.$queryRaw<{ name: string }[]>`SELECT "name" FROM "Institution" WHERE "id" = ${opts.institutionId}`;
  if (!rows[0]) return;
  await notify(tx, {
    kind: opts.change === "added" ? "memberAdded" : "memberRemoved",
    recipients: [opts.userId],
    params: { institution: rows[0].name },
    // a removed person can no longer open the institution: the inbox is where it stays
    link: opts.change === "added" ? `/institutions/${opts.institutionId}` : "/notifications",
    // a removed person's notice must not point at (nor cascade with) the institution they left
    institutionId: opts.change === "added" ? opts.institutionId : null,
  });
}

