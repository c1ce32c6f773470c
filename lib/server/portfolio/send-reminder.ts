// THE way Ajour reminds an institution (issue 15): the one function every reminder goes through.
// For now an e-mail to the institution's owners and its main contact (lib/server/mail/send-mail.ts),
// recorded in the audit trail. When the in-app notification outbox exists, write its rows here
// with `tx` (they then commit with the audit event) and return a no-op `deliver`.
import nb from "../../../messages/nb/overviewTools.json";
import { recordAudit } from "../audit/record-audit";
import type { CoreActor } from "../access/require-access";
import type { Prisma } from "../../generated/prisma/client";

export interface TReminder {
  institution: { id: string; name: string };
  /** The addresses reminded (owners and the main contact, once each). */
  recipients: string[];
  /** Sends what was recorded; call it after the transaction committed (nothing is sent for a refused action). */
  deliver: () => Promise<{ sent: number; failed: number }>;
}

export type TSendMail = (mail: { to: string; subject: string; text: string }) => Promise<{ sent: boolean }>;

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "");

/**
 * Records a reminder to one institution inside `tx` (an `institution.reminder` audit event naming
 * the recipients) and returns it with the delivery to run after the commit. Null when the
 * institution has nobody to remind (no active owner and no main contact).
 */
export async function sendReminder(opts: {
  tx: Prisma.TransactionClient;
  actor: CoreActor;
  institutionId: string;
  message?: string;
  /** The mail sender (tests pass their own); default lib/server/mail/send-mail.ts. */
  sendMail?: TSendMail;
}): Promise<TReminder | null> {
  const { tx, actor, institutionId } = opts;
  const institution = await tx.institution.findUnique({
    where: { id: institutionId },
    select: {
      id: true,
      name: true,
      mainContact: { select: { email: true, disabled: true } },
      memberships: { where: { memberRole: "OWNER", user: { disabled: false } }, select: { user: { select: { email: true } } } },
    },
  });
  if (!institution) return null;
  const recipients = [...new Set([
    ...(institution.mainContact && !institution.mainContact.disabled ? [institution.mainContact.email] : []),
    ...institution.memberships.map((m) => m.user.email),
  ])];
  if (recipients.length === 0) return null;
  await recordAudit(tx, {
    actor: actor.email,
    action: "institution.reminder",
    subject: `institution:${institutionId}`,
    institutionId,
    after: { recipients, message: opts.message ?? null, channel: "email" },
  });
  const mail = nb.reminderMail;
  const text = [fill(mail.body, { institution: institution.name }), opts.message ? `\n${opts.message}` : "", `\n${mail.footer}`].join("\n");
  const subject = fill(mail.subject, { institution: institution.name });
  return {
    institution: { id: institution.id, name: institution.name },
    recipients,
    deliver: async () => {
      const send = opts.sendMail ?? (await import("../mail/send-mail")).sendMail;
      let sent = 0;
      for (const to of recipients) if ((await send({ to, subject, text })).sent) sent++;
      return { sent, failed: recipients.length - sent };
    },
  };
}
