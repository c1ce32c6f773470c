// Scheduled notification work (issue 14): due-date and certificate reminders, the daily and
// weekly digests, and Bits' weekly portfolio digest. Each run is claimed by inserting its
// SchedulerRun row (kind + period) in the very transaction that does its work: a second
// instance waits on that row and then finds it taken; a crash rolls the claim back with the
// work, so the next tick runs it. The period is the latest that has started (schedule.ts), so a
// restart after the hour still runs it.
import { stepSubject } from "../checklist/load-states";
import { isBits, type TCategory, type TRole } from "../../notifications/categories";
import { dailyPeriod, weeklyPeriod } from "../../notifications/schedule";
import { addDays } from "../../portfolio/dates";
import { CERTIFICATE_REMINDER_DAYS, certificateRecipients, dueRecipients, DUE_SOON_DAYS } from "../../notifications/recipients";
import { digestEmail, toLocale, type TParams } from "../../notifications/render";
import { portfolioEmail, type TPortfolioInput } from "../../notifications/portfolio";
import { daysBetween, isIsoDate } from "../../onboarding/dates";
import { effectiveMode } from "../../notifications/categories";
import { Prisma } from "../../generated/prisma/client";
import type { PrismaClient } from "../prisma-client";
import { institutionDigests, type TInstitutionDigest } from "../checklist/summary-cache";
import { loadEventContext, stepLink, type TEventContext } from "./events";
import { mailEnabled, publicUrl } from "./config";
import { newMessageId, notifyMany, unsubscribeUrl, type TNotifyInput, type TPerson } from "./notify";

type Tx = Prisma.TransactionClient;

export const RUN_KINDS = ["due-reminders", "certificate-reminders", "daily-digest", "weekly-digest", "portfolio-digest"] as const;
export type TRunKind = (typeof RUN_KINDS)[number];

const TX_OPTIONS = { timeout: 300_000, maxWait: 30_000 };

/** Runs `work` once per kind and period across all instances; returns what it produced, or null if the run was taken. */
export async function claimRun(db: PrismaClient, kind: TRunKind, period: string, work: (tx: Tx) => Promise<number>): Promise<number | null> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ kind: string }[]>`
      INSERT INTO "SchedulerRun" ("kind", "period") VALUES (${kind}, ${period}) ON CONFLICT DO NOTHING RETURNING "kind"`;
    if (claimed.length === 0) return null;
    const produced = await work(tx);
    await tx.schedulerRun.update({ where: { kind_period: { kind, period } }, data: { produced } });
    return produced;
  }, TX_OPTIONS);
}

/** Steps due in 3 days, and steps whose due date was yesterday (just overdue), not closed. */
export async function dueReminders(tx: Tx, day: string): Promise<number> {
  const soon = addDays(day, DUE_SOON_DAYS);
  const passed = addDays(day, -1);
  const steps = await tx.$queryRaw<{ institutionId: string; stepKey: string; due: string }[]>`
    SELECT s."institutionId", s."stepKey", to_char(s."dueDate", 'YYYY-MM-DD') AS "due" FROM "InstitutionStep" s
    WHERE s."dueDate" IN (${soon}::date, ${passed}::date) AND s."status" NOT IN ('DONE', 'NOT_APPLICABLE')
    ORDER BY s."institutionId", s."stepKey"`;
  if (steps.length === 0) return 0;
  // one context read per institution and one participants read for all steps; every reminder is
  // written together at the end (notifyMany)
  const subjects = steps.map((s) => stepSubject(s.institutionId, s.stepKey));
  const worked = await tx.$queryRaw<{ subject: string; id: string }[]>`
    SELECT a."subject", u."id" FROM "AuditEvent" a JOIN "User" u ON u."email" = a."actor"
    WHERE a."subject" IN (${Prisma.join(subjects)}) AND a."action" IN ('step.update', 'step.comment')
    UNION
    SELECT 'step:' || c."institutionId" || ':' || c."stepKey", c."authorId" FROM "StepComment" c
    WHERE 'step:' || c."institutionId" || ':' || c."stepKey" IN (${Prisma.join(subjects)})`;
  const participants = new Map<string, string[]>();
  for (const w of worked) participants.set(w.subject, [...(participants.get(w.subject) ?? []), w.id]);
  const inputs: TNotifyInput[] = [];
  const people = new Map<string, TPerson>();
  const contexts = new Map<string, TEventContext | null>();
  for (const s of steps) {
    if (!contexts.has(s.institutionId)) {
      const ctx = await loadEventContext(tx, s.institutionId, null);
      contexts.set(s.institutionId, ctx);
      for (const [id, p] of ctx?.people ?? []) people.set(id, p);
    }
    const ctx = contexts.get(s.institutionId);
    if (!ctx) continue;
    const who = dueRecipients({ workedOnStep: participants.get(stepSubject(s.institutionId, s.stepKey)) ?? [], members: ctx.members.map((m) => m.id), responsibleCoordinatorId: ctx.institution.responsibleCoordinatorId, coordinators: ctx.coordinators.map((c) => c.id) });
    const base = {
      kind: s.due === soon ? ("dueSoon" as const) : ("overdue" as const),
      params: { institution: ctx.institution.name, stepKey: s.stepKey, catalogueVersion: ctx.institution.catalogueVersion, due: s.due },
      link: stepLink(s.institutionId, s.stepKey),
      institutionId: s.institutionId,
      stepKey: s.stepKey,
    };
    inputs.push({ ...base, recipients: who.members }, { ...base, recipients: who.bitsDigest, digestOnly: true, inApp: false });
  }
  return (await notifyMany(tx, inputs, people)).notifications;
}

/** A-2 certificates expiring in exactly 90, 60, 30 or 7 days → owners and Bits. */
export async function certificateReminders(tx: Tx, day: string): Promise<number> {
  const rows = await tx.$queryRaw<{ institutionId: string; evidence: unknown }[]>`
    SELECT s."institutionId", s."evidence" FROM "InstitutionStep" s WHERE s."stepKey" = 'A-2' AND s."status" <> 'NOT_APPLICABLE'`;
  let produced = 0;
  for (const row of rows) {
    const list = (row.evidence as { certificates?: unknown } | null)?.certificates;
    if (!Array.isArray(list)) continue;
    const due = list.flatMap((c: { expiresOn?: unknown; environment?: unknown }) => {
      if (!isIsoDate(c?.expiresOn)) return [];
      const days = daysBetween(day, c.expiresOn);
      return (CERTIFICATE_REMINDER_DAYS as readonly number[]).includes(days) ? [{ expires: c.expiresOn, days, environment: String(c.environment ?? "") }] : [];
    });
    if (due.length === 0) continue;
    const ctx = await loadEventContext(tx, row.institutionId, null);
    if (!ctx) continue;
    const recipients = certificateRecipients({ owners: ctx.members.filter((m) => m.role === "OWNER").map((m) => m.id), responsibleCoordinatorId: ctx.institution.responsibleCoordinatorId, coordinators: ctx.coordinators.map((c) => c.id) });
    // the people are in the event's context already: notifyMany reads none of them again
    const inputs = due.map((d) => ({ kind: "certificateExpiring" as const, recipients, params: { institution: ctx.institution.name, ...d }, link: stepLink(row.institutionId, "A-2"), institutionId: row.institutionId, stepKey: "A-2" }));
    produced += (await notifyMany(tx, inputs, ctx.people)).notifications;
  }
  return produced;
}

interface TDigestRow {
  id: string;
  userId: string;
  kind: string;
  category: TCategory;
  params: TParams;
  link: string;
  email: string;
  name: string;
  locale: string;
}

/** One digest e-mail per person with notifications waiting for this digest; they are marked taken. */
export async function digests(tx: Tx, period: "DAILY" | "WEEKLY", now: Date): Promise<number> {
  // taken and read in one statement: a notification arriving meanwhile waits for the next digest
  const rows = await tx.$queryRaw<TDigestRow[]>`
    WITH taken AS (
      UPDATE "Notification" n SET "digestedAt" = ${now}
      WHERE n."digest" = ${period} AND n."digestedAt" IS NULL AND n."createdAt" <= ${now}
      RETURNING n."id", n."userId", n."kind", n."category", n."params", n."link", n."createdAt")
    SELECT t."id", t."userId", t."kind", t."category", t."params", t."link", u."email", u."name", u."locale"
    FROM taken t JOIN "User" u ON u."id" = t."userId"
    WHERE u."disabled" = false
    ORDER BY t."userId", t."createdAt", t."id"`;
  if (rows.length === 0) return 0;
  const byUser = new Map<string, TDigestRow[]>();
  for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r]);
  const emails: Prisma.OutboxMessageCreateManyInput[] = [];
  if (mailEnabled()) {
    const url = publicUrl();
    for (const [userId, items] of byUser) {
      const first = items[0];
      // a digest may carry several categories: its unsubscribe link turns off the first item's
      const category = first.category;
      const unsubscribe = unsubscribeUrl(userId, category);
      const mail = digestEmail({ locale: toLocale(first.locale), name: first.name, category, publicUrl: url, unsubscribeUrl: unsubscribe, period, items });
      emails.push({ userId, toEmail: first.email, category, ...mail, unsubscribeUrl: unsubscribe, messageId: newMessageId(), createdAt: now, nextAttemptAt: now });
    }
  }
  // chunks keep each statement's parameter list moderate
  for (let i = 0; i < emails.length; i += 500) await tx.outboxMessage.createMany({ data: emails.slice(i, i + 500) });
  return emails.length;
}

/** Bits' weekly portfolio digest: each coordinator's institutions (those they are responsible
 * for; all when they have none) — new in production, overdue, waiting on Bits, inactive 14 days. */
export async function portfolioDigest(tx: Tx, all: TInstitutionDigest[], day: string, now: Date): Promise<number> {
  if (!mailEnabled()) return 0;
  const people = await tx.$queryRaw<{ id: string; email: string; name: string; role: TRole; locale: string; mode: string | null }[]>`
    SELECT u."id", u."email", u."name", u."role"::text AS "role", u."locale", p."mode" FROM "User" u
    LEFT JOIN "NotificationPreference" p ON p."userId" = u."id" AND p."category" = 'PORTFOLIO'
    WHERE u."role" IN ('COORDINATOR', 'ADMIN') AND u."disabled" = false`;
  const recipients = people.filter((p) => isBits(p.role) && effectiveMode("PORTFOLIO", p.role, p.mode ? { PORTFOLIO: p.mode } : {}) === "WEEKLY");
  if (recipients.length === 0) return 0;
  const overdue = await tx.$queryRaw<{ institutionId: string; stepKey: string; due: string }[]>`
    SELECT s."institutionId", s."stepKey", to_char(s."dueDate", 'YYYY-MM-DD') AS "due" FROM "InstitutionStep" s
    WHERE s."dueDate" < ${day}::date AND s."status" NOT IN ('DONE', 'NOT_APPLICABLE') ORDER BY s."dueDate"`;
  const weekAgo = addDays(day, -7);
  const emails: Prisma.OutboxMessageCreateManyInput[] = [];
  for (const person of recipients) {
    const mine = all.filter((d) => d.overview.ownership.coordinatorId === person.id);
    const portfolio = mine.length > 0 ? mine : all;
    const ids = new Set(portfolio.map((d) => d.overview.institution.id));
    const nameOf = new Map(portfolio.map((d) => [d.overview.institution.id, d.overview.institution.name]));
    const input: TPortfolioInput = {
      newInProduction: portfolio.filter((d) => d.overview.phase === "DONE" && d.overview.lastActivity.slice(0, 10) >= weekAgo).map((d) => ({ institution: d.overview.institution.name, link: `/institutions/${d.overview.institution.id}` })),
      overdue: overdue.filter((o) => ids.has(o.institutionId)).map((o) => ({ institution: nameOf.get(o.institutionId)!, step: o.stepKey, due: o.due, link: stepLink(o.institutionId, o.stepKey) })),
      waitingOnBits: portfolio.flatMap((d) => d.bitsQueue.map((q) => ({ institution: q.institution.name, step: q.key, days: Math.max(0, daysBetween((q.sent?.at ?? q.since).slice(0, 10), day)), link: stepLink(q.institution.id, q.key) }))),
      inactive: portfolio.filter((d) => d.overview.stale).map((d) => ({ institution: d.overview.institution.name, link: `/institutions/${d.overview.institution.id}` })),
    };
    const unsubscribe = unsubscribeUrl(person.id, "PORTFOLIO");
    const mail = portfolioEmail({ locale: toLocale(person.locale), name: person.name, category: "PORTFOLIO", publicUrl: publicUrl(), unsubscribeUrl: unsubscribe, input, date: day });
    emails.push({ userId: person.id, toEmail: person.email, category: "PORTFOLIO", ...mail, unsubscribeUrl: unsubscribe, messageId: newMessageId(), createdAt: now, nextAttemptAt: now });
  }
  if (emails.length > 0) await tx.outboxMessage.createMany({ data: emails });
  return emails.length;
}

/**
 * One scheduler tick: every run whose period has started and is not yet claimed. Order matters
 * within a day: reminders first, so Bits' copies land in the same day's digest.
 */
export async function runScheduled(opts: { db: PrismaClient; now?: Date; only?: TRunKind[] }): Promise<Partial<Record<TRunKind, number | null>>> {
  const { db } = opts;
  const now = opts.now ?? new Date();
  const day = dailyPeriod(now);
  const week = weeklyPeriod(now);
  const want = (k: TRunKind) => !opts.only || opts.only.includes(k);
  const out: Partial<Record<TRunKind, number | null>> = {};
  if (want("due-reminders")) out["due-reminders"] = await claimRun(db, "due-reminders", day, (tx) => dueReminders(tx, day));
  if (want("certificate-reminders")) out["certificate-reminders"] = await claimRun(db, "certificate-reminders", day, (tx) => certificateReminders(tx, day));
  if (want("daily-digest")) out["daily-digest"] = await claimRun(db, "daily-digest", day, (tx) => digests(tx, "DAILY", now));
  if (want("weekly-digest")) out["weekly-digest"] = await claimRun(db, "weekly-digest", week, (tx) => digests(tx, "WEEKLY", now));
  if (want("portfolio-digest") && mailEnabled() && !(await db.schedulerRun.findUnique({ where: { kind_period: { kind: "portfolio-digest", period: week } } }))) {
    // the overview's digests (cached per institution revision), read before the run's
    // transaction: PGlite serves one connection, which that transaction holds
    const all = await institutionDigests(db, undefined, day);
    out["portfolio-digest"] = await claimRun(db, "portfolio-digest", week, (tx) => portfolioDigest(tx, all, day, now));
  }
  return out;
}
