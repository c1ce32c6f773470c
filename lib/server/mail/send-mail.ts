import "server-only";
import nodemailer from "nodemailer";
import { env } from "../../env";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export type SendMailResult = { sent: true } | { sent: false; reason: "not-configured" | "failed" };

let transport: nodemailer.Transporter | null = null;

/** Sends one plain-text e-mail through SMTP_URL. Never throws: failures are logged and returned. */
export async function sendMail(mail: Mail): Promise<SendMailResult> {
  if (!env.SMTP_URL) return { sent: false, reason: "not-configured" };
  try {
    transport ??= nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    return { sent: true };
  } catch (error) {
    console.error(`[mail] sending to ${mail.to} failed:`, (error as Error).message);
    return { sent: false, reason: "failed" };
  }
}
