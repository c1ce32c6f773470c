// Where notification e-mails go and what they link to (issue 14). Read at call time (not once at
// import), so tests and the benchmark can point a running process at their own SMTP server.
import { randomBytes } from "node:crypto";
import { env } from "../../env";

/** SMTP_URL, or null: without it notifications are in-app only and no e-mail is queued. */
export function smtpUrl(): string | null {
  const url = process.env.SMTP_URL ?? env.SMTP_URL;
  return url && /^smtps?:\/\//.test(url) ? url : null;
}

export const mailEnabled = () => smtpUrl() !== null;

export function mailFrom(): string {
  return process.env.MAIL_FROM || env.MAIL_FROM;
}

/** The public URL people open (NEXTAUTH_URL), else the local server: e-mail links point here. */
export function publicUrl(): string {
  return process.env.NEXTAUTH_URL || env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || env.PORT}`;
}

let fallbackSecret: string | null = null;
/** The key of unsubscribe tokens: NEXTAUTH_SECRET (the same on every instance). */
export function signingSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET || env.NEXTAUTH_SECRET;
  if (secret) return secret;
  fallbackSecret ??= randomBytes(32).toString("base64url");
  return fallbackSecret;
}

/** The domain part of Message-IDs: the public URL's host. */
export function messageIdDomain(): string {
  try {
    return new URL(publicUrl()).hostname || "ajour.local";
  } catch {
    return "ajour.local";
  }
}
