// The transactional outbox's entry point (issue 14): `notify(tx, …)` writes the in-app
// notifications of one event, and the e-mails of those who want it now, in the caller's
// transaction: they commit or roll back with the change that caused them.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { delivery, effectiveMode, type TRole } from "../../notifications/categories";
import { KIND_CATEGORY, notificationEmail, toLocale, type TKind, type TParams } from "../../notifications/render";
import { unsubscribeToken } from "../../notifications/unsubscribe-token";
import { absolute } from "../../notifications/render";
import { Prisma } from "../../generated/prisma/client";
import { mailEnabled, messageIdDomain, publicUrl, signingSecret } from "./config";

/** A transaction (or the client itself) of the generated Prisma client. */
export type TNotifyDb = Pick<Prisma.TransactionClient, "$queryRaw" | "notification" | "outboxMessage">;

export interface TNotifyInput {
  kind: TKind;
  /** user ids; duplicates, unknown and disabled users are skipped */
  recipients: string[];
  /** placeholders of the sentence (messages/<locale>/notifications.json "kinds"); `stepKey`
   * (+ `catalogueVersion`) becomes `{step}` in the reader's language */
  params: TParams;
  /** the app path the notification is about */
  link: string;
  institutionId?: string | null;
  stepKey?: string | null;
  /** Bits' copies of due-date reminders: never e-mailed immediately, only in a digest */
  digestOnly?: boolean;
  /** false: not counted as unread in the inbox (a digest-only copy) */
  inApp?: boolean;
  now?: Date;
}

/** A recipient as notify() needs them: address, language, role and stored e-mail choices. */
export interface TPerson {
  id: string;
  email: string;
  name: string;
  role: TRole;
  locale: string;
  /** stored modes by category (only those asked for) */
  modes: Record<string, string>;
}

interface TPersonRow {
  id: string;
  email: string;
  name: string;
  role: TRole;
  locale: string;
  category: string | null;
  mode: string | null;
}

/** Enabled users with their stored choices for the given categories: one statement per 2,000 ids. */
export async function loadPeople(tx: Pick<TNotifyDb, "$queryRaw">, ids: string[], categories: string[]): Promise<Map<string, TPerson>> {
  const people = new Map<string, TPerson>();
  for (let i = 0; i < ids.length; i += 2000) {
    const chunk = ids.slice(i, i + 2000);
    const rows = await tx.$queryRaw<TPersonRow[]>`
      SELECT u."id", u."email", u."name", u."role"::text AS "role", u."locale", p."category", p."mode"
      FROM "User" u LEFT JOIN "NotificationPreference" p ON p."userId" = u."id" AND p."category" IN (${Prisma.join(categories)})
      WHERE u."id" IN (${Prisma.join(chunk)}) AND u."disabled" = false`;
    for (const r of rows) {
      const person = people.get(r.id) ?? { id: r.id, email: r.email, name: r.name, role: r.role, locale: r.locale, modes: {} };
      if (r.category && r.mode) person.modes[r.category] = r.mode;
      people.set(r.id, person);
    }
  }
  return people;
}

const quiet = new AsyncLocalStorage<boolean>();

/** Runs `fn` with no notifications from the changes it makes (bulk imports, the benchmark's
 * baseline). Everything else about the changes is unchanged. */
export function withoutNotifications<T>(fn: () => Promise<T>): Promise<T> {
  return quiet.run(true, fn);
}

export const notificationsSuppressed = () => quiet.getStore() === true;

export const newMessageId = () => `<${randomUUID()}@${messageIdDomain()}>`;

export function unsubscribeUrl(userId: string, category: Parameters<typeof unsubscribeToken>[2]): string {
  return absolute(publicUrl(), `/unsubscribe?token=${encodeURIComponent(unsubscribeToken(signingSecret(), userId, category))}`);
}

/**
 * Enqueues an event's notifications for the given recipients: an inbox entry each, and per the
 * recipient's preference for the kind's category an e-mail now (an outbox row), a place in the
 * daily or weekly digest, or nothing. Returns how many inbox entries and e-mails it wrote.
 */
export function notify(tx: TNotifyDb, input: TNotifyInput): Promise<{ notifications: number; emails: number }> {
  return notifyMany(tx, [input]);
}

/**
 * Several events at once: the recipients are read in one statement (none for those in `known`,
 * people a caller has read already with their choices) and the rows written in one statement
 * per table.
 */
export async function notifyMany(tx: TNotifyDb, inputs: TNotifyInput[], known?: Map<string, TPerson>): Promise<{ notifications: number; emails: number }> {
  if (notificationsSuppressed()) return { notifications: 0, emails: 0 };
  const wanted = [...new Set(inputs.flatMap((i) => i.recipients))].filter(Boolean);
  if (wanted.length === 0) return { notifications: 0, emails: 0 };
  const missing = wanted.filter((id) => !known?.has(id));
  const categories = [...new Set(inputs.map((i) => KIND_CATEGORY[i.kind]))];
  const loaded = missing.length > 0 ? await loadPeople(tx, missing, categories) : new Map<string, TPerson>();
  const personOf = (id: string) => known?.get(id) ?? loaded.get(id);
  const withMail = mailEnabled();
  const url = publicUrl();
  const notifications: Prisma.NotificationCreateManyInput[] = [];
  const emails: Prisma.OutboxMessageCreateManyInput[] = [];
  for (const input of inputs) {
    const category = KIND_CATEGORY[input.kind];
    const now = input.now ?? new Date();
    for (const id of new Set(input.recipients)) {
      const person = personOf(id);
      if (!person) continue;
      const mode = effectiveMode(category, person.role, person.modes);
      const { email } = delivery(mode, { digestOnly: input.digestOnly });
      notifications.push({
        userId: person.id,
        category,
        kind: input.kind,
        params: input.params as Prisma.InputJsonValue,
        link: input.link,
        institutionId: input.institutionId ?? null,
        stepKey: input.stepKey ?? null,
        createdAt: now,
        readAt: input.inApp === false ? now : null,
        digest: email === "DAILY" || email === "WEEKLY" ? email : null,
      });
      if (email === "NOW" && withMail) {
        const unsubscribe = unsubscribeUrl(person.id, category);
        const mail = notificationEmail({ locale: toLocale(person.locale), name: person.name, category, publicUrl: url, unsubscribeUrl: unsubscribe, kind: input.kind, params: input.params, link: input.link });
        emails.push({ userId: person.id, toEmail: person.email, category, ...mail, unsubscribeUrl: unsubscribe, messageId: newMessageId(), createdAt: now, nextAttemptAt: now });
      }
    }
  }
  for (let i = 0; i < notifications.length; i += 2000) await tx.notification.createMany({ data: notifications.slice(i, i + 2000) });
  for (let i = 0; i < emails.length; i += 500) await tx.outboxMessage.createMany({ data: emails.slice(i, i + 500) });
  return { notifications: notifications.length, emails: emails.length };
}
