import "server-only";
import type { TMemberRole, TUserRole } from "../../onboarding/permissions";
import type { Actor } from "../access/actor";
import { db } from "../db";
import { createInvitation, type TInvitationAffiliation } from "./create-invitation";
import { resendInvitation } from "./resend-invitation";
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
  affiliation?: TInvitationAffiliation;
}): Promise<InviteResult> {
  return mailLink(await createInvitation({ db, ...opts }));
}

/** For actions: a new link for a pending invitation (the old one dies), e-mailed when SMTP is set up.
 * `institutionId`: the page's institution, which the invitation must belong to. */
export async function resendInvite(opts: { actor: Actor; invitationId: string; institutionId?: string }): Promise<InviteResult> {
  return mailLink(await resendInvitation({ db, ...opts }));
}

async function mailLink({ invitation, link }: { invitation: { email: string; institutionId: string | null }; link: string }): Promise<InviteResult> {
  const institutionName = invitation.institutionId
    ? ((await db.institution.findUnique({ where: { id: invitation.institutionId }, select: { name: true } }))?.name ?? null)
    : null;
  const mail = await sendInvitationMail({ to: invitation.email, link, institutionName });
  return { link, email: invitation.email, mail: mail.sent ? "sent" : mail.reason };
}
