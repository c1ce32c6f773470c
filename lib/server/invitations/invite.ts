import "server-only";
import type { TMemberRole, TUserRole } from "../../onboarding/permissions";
import type { Actor } from "../access/actor";
import { db } from "../db";
import { createInvitation } from "./create-invitation";
import { sendInvitationMail } from "./send-invitation-mail";

export interface InviteResult {
  link: string;
  email: string;
  mail: "sent" | "not-configured" | "failed";
}

/** For actions: creates the invitation and e-mails the link when SMTP is set up. */
export async function invite(opts: {
  actor: Actor;
  email: string;
  institutionId: string | null;
  role: TUserRole;
  memberRole: TMemberRole | null;
}): Promise<InviteResult> {
  const { invitation, link } = await createInvitation({ db, ...opts });
  const institutionName = invitation.institutionId
    ? ((await db.institution.findUnique({ where: { id: invitation.institutionId }, select: { name: true } }))?.name ?? null)
    : null;
  const mail = await sendInvitationMail({ to: invitation.email, link, institutionName });
  return { link, email: invitation.email, mail: mail.sent ? "sent" : mail.reason };
}
