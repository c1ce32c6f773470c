// THE way Ajour reminds an institution (issue 15): the one function every reminder goes through.
// A reminder is a notification (issue 14, kind "reminder") to the institution's active owners and
// its main contact: written to the inbox and the e-mail outbox in the caller's transaction, so it
// commits with its audit event, and a refused bulk action sends nothing. How it reaches each person
// (at once, in a digest, in the app only) follows their preferences for due dates and reminders.
import { recordAudit } from "../audit/record-audit";
import type { CoreActor } from "../access/require-access";
import type { Prisma } from "../../generated/prisma/client";
import { notify } from "../notifications/notify";

export interface TReminder {
  institution: { id: string; name: string };
  /** The addresses reminded (owners and the main contact, once each). */
  recipients: string[];
  /** E-mails queued in the outbox for sending now (the rest wait for a digest or stay in the app). */
  emails: number;
}

/**
 * Records a reminder to one institution inside `tx`: an `institution.reminder` audit event naming
 * the recipients, and their notifications. Null when the institution has nobody to remind (no
 * active owner and no main contact).
 */
export async function sendReminder(opts: {
  tx: Prisma.TransactionClient;
  actor: CoreActor;
  institutionId: string;
  /** The name the reminder is signed with (the actor's). */
  senderName: string;
  message?: string;
}): Promise<TReminder | null> {
  const { tx, actor, institutionId } = opts;
  const institution = await tx.institution.findUnique({
    where: { id: institutionId },
    select: {
      id: true,
      name: true,
      mainContact: { select: { id: true, email: true, disabled: true } },
      memberships: { where: { memberRole: "OWNER", user: { disabled: false } }, select: { user: { select: { id: true, email: true } } } },
    },
  });
  if (!institution) return null;
  const people = new Map<string, string>();
  if (institution.mainContact && !institution.mainContact.disabled) people.set(institution.mainContact.id, institution.mainContact.email);
  for (const m of institution.memberships) people.set(m.user.id, m.user.email);
  if (people.size === 0) return null;
  const recipients = [...people.values()];
  await recordAudit(tx, {
    actor: actor.email,
    action: "institution.reminder",
    subject: `institution:${institutionId}`,
    institutionId,
    after: { recipients, message: opts.message ?? null, channel: "notification" },
  });
  const { emails } = await notify(tx, {
    kind: "reminder",
    recipients: [...people.keys()],
    params: { actor: opts.senderName, institution: institution.name, message: opts.message ?? "" },
    link: `/institutions/${institutionId}`,
    institutionId,
  });
  return { institution: { id: institution.id, name: institution.name }, recipients, emails };
}
