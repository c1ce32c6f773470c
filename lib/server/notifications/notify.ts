// The transactional outbox's entry point (issue 14): `notify(tx, …)` writes the in-app
// notifications of one event, and the e-mails of those who want it now, in the caller's
// transaction: they commit or roll back with the change that caused them.
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

interface TRecipientRow {
  id: string;
  email: string;
  name: string;
  role: TRole;
  locale: string;
  mode: string | null;
}

export const newMessageId = () => `<${randomUUID()}@${messageIdDomain()}>`;

export function unsubscribeUrl(userId: string, category: Parameters<typeof unsubscribeToken>[2]): string {
  return absolute(publicUrl(), `/unsubscribe?token=${encodeURIComponent(unsubscribeToken(signingSecret(), userId, category))}`);
}

/**
 * Enqueues an event's notifications for the given recipients: an inbox entry each, and per the
 * recipient's preference for the kind's category an e-mail now (an outbox row), a place in the
 * daily or weekly digest, or nothing. Two statements at most besides the recipients' lookup.
 * Returns how many inbox entries and e-mails it wrote.
 */
export async function notify(tx: TNotifyDb, input: TNotifyInput): Promise<{ notifications: number; emails: number }> {
  const ids = [...new Set(input.recipients)].filter(Boolean);
  if (ids.length === 0) return { notifications: 0, emails: 0 };
  const category = KIND_CATEGORY[input.kind];
  const people = await tx.$queryRaw<TRecipientRow[]>`
    SELECT u."id", u."email", u."name", u."role"::text AS "role", u."locale", p."mode"
    FROM "User" u LEFT JOIN "NotificationPreference" p ON p."userId" = u."id" AND p."category" = ${category}
    WHERE u."id" IN (${Prisma.join(ids)}) AND u."disabled" = false`;
  const now = input.now ?? new Date();
  const withMail = mailEnabled();
  const notifications: Prisma.NotificationCreateManyInput[] = [];
  const emails: Prisma.OutboxMessageCreateManyInput[] = [];
  for (const person of people) {
    const mode = effectiveMode(category, person.role, person.mode ? { [category]: person.mode } : {});
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
      const locale = toLocale(person.locale);
      const unsubscribe = unsubscribeUrl(person.id, category);
      const mail = notificationEmail({ locale, name: person.name, category, publicUrl: publicUrl(), unsubscribeUrl: unsubscribe, kind: input.kind, params: input.params, link: input.link });
      emails.push({ userId: person.id, toEmail: person.email, category, ...mail, unsubscribeUrl: unsubscribe, messageId: newMessageId(), createdAt: now, nextAttemptAt: now });
    }
  }
  if (notifications.length > 0) await tx.notification.createMany({ data: notifications });
  if (emails.length > 0) await tx.outboxMessage.createMany({ data: emails });
  return { notifications: notifications.length, emails: emails.length };
}
