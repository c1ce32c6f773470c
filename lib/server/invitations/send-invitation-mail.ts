import "server-only";
import { getTranslations } from "next-intl/server";
import { sendMail, type SendMailResult } from "../mail/send-mail";

/** E-mails the one-time link (when SMTP_URL is set), in the inviter's language. */
export async function sendInvitationMail(opts: { to: string; link: string; institutionName: string | null }): Promise<SendMailResult> {
  const t = await getTranslations("admin.invitation.mail");
  const text = opts.institutionName
    ? t("bodyInstitution", { institution: opts.institutionName, link: opts.link })
    : t("bodyCoordinator", { link: opts.link });
  return sendMail({ to: opts.to, subject: t("subject"), text });
}
