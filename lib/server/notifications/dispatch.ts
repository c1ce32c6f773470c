// The outbox dispatcher (issue 14). Claims due e-mails with FOR UPDATE SKIP LOCKED and a lease
// (lockedUntil), sends each with its stored Message-ID, and marks it sent; a failure is retried
// with backoff (lib/notifications/backoff.ts) until MAX_ATTEMPTS, then FAILED (shown to admins).
//
// Delivery is at least once: a process that dies after the SMTP server accepted a message but
// before marking it SENT leaves it SENDING with a lease; when the lease ends another dispatcher
// (or the restarted one) sends it again, with the same Message-ID. Each such crash can cause one
// repeat, so in practice a message arrives once, at most twice. Two dispatchers never hold the
// same message: the claim's row lock plus SKIP LOCKED gives each row to one of them, and the
// lease keeps the others off it until it is marked.
import nodemailer from "nodemailer";
import { afterFailure, LEASE_MS } from "../../notifications/backoff";
import type { PrismaClient } from "../prisma-client";
import { mailFrom, smtpUrl } from "./config";

export interface TMailTransport {
  sendMail(mail: nodemailer.SendMailOptions): Promise<unknown>;
}

interface TClaimed {
  id: string;
  toEmail: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string | null;
  messageId: string;
  attempts: number;
}

const transports = new Map<string, nodemailer.Transporter>();
function defaultTransport(): TMailTransport | null {
  const url = smtpUrl();
  if (!url) return null;
  let t = transports.get(url);
  if (!t) {
    t = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    transports.set(url, t);
  }
  return t;
}

/** Claims up to `limit` due messages for this dispatcher: one statement, committed at once. */
export async function claimDue(db: Pick<PrismaClient, "$queryRaw">, opts: { limit: number; now: Date; leaseMs?: number }): Promise<TClaimed[]> {
  const leaseUntil = new Date(opts.now.getTime() + (opts.leaseMs ?? LEASE_MS));
  return db.$queryRaw<TClaimed[]>`
    UPDATE "OutboxMessage" o
    SET "status" = 'SENDING', "lockedUntil" = ${leaseUntil}, "attempts" = o."attempts" + 1
    WHERE o."id" IN (
      SELECT c."id" FROM "OutboxMessage" c
      WHERE (c."status" = 'PENDING' AND c."nextAttemptAt" <= ${opts.now})
         OR (c."status" = 'SENDING' AND c."lockedUntil" < ${opts.now})
      ORDER BY c."nextAttemptAt", c."id"
      LIMIT ${opts.limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING o."id", o."toEmail", o."subject", o."text", o."html", o."unsubscribeUrl", o."messageId", o."attempts"`;
}

export interface TDispatchResult {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Sends every due message (in batches of `batch`) and returns the counts. Without a transport
 * (no SMTP_URL) it does nothing. `beforeMark` is a test hook: it runs after a message was
 * accepted by the SMTP server and before it is marked sent (a crash there is the documented case).
 */
export async function dispatchOutbox(opts: {
  db: PrismaClient;
  transport?: TMailTransport | null;
  now?: () => Date;
  batch?: number;
  maxBatches?: number;
  leaseMs?: number;
  from?: string;
  beforeMark?: (messageId: string) => Promise<void> | void;
}): Promise<TDispatchResult> {
  const transport = opts.transport === undefined ? defaultTransport() : opts.transport;
  const result: TDispatchResult = { sent: 0, retried: 0, failed: 0 };
  if (!transport) return result;
  const now = opts.now ?? (() => new Date());
  for (let i = 0; i < (opts.maxBatches ?? 20); i++) {
    const claimed = await claimDue(opts.db, { limit: opts.batch ?? 25, now: now(), leaseMs: opts.leaseMs });
    if (claimed.length === 0) break;
    for (const m of claimed) {
      try {
        await transport.sendMail({
          from: opts.from ?? mailFrom(),
          to: m.toEmail,
          subject: m.subject,
          text: m.text,
          html: m.html,
          messageId: m.messageId,
          // the body links the page (it asks first); the header the one-click endpoint (RFC 8058 POST)
          headers: m.unsubscribeUrl ? { "List-Unsubscribe": `<${m.unsubscribeUrl.replace("/unsubscribe?", "/api/unsubscribe?")}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : undefined,
        });
      } catch (error) {
        const next = afterFailure(m.attempts, now());
        const lastError = String((error as Error)?.message ?? error).slice(0, 500);
        await opts.db.outboxMessage.update({
          where: { id: m.id },
          data: next.status === "FAILED" ? { status: "FAILED", lockedUntil: null, lastError } : { status: "PENDING", lockedUntil: null, nextAttemptAt: next.retryAt, lastError },
        });
        if (next.status === "FAILED") result.failed++;
        else result.retried++;
        continue;
      }
      await opts.beforeMark?.(m.messageId);
      await opts.db.outboxMessage.update({ where: { id: m.id }, data: { status: "SENT", sentAt: now(), lockedUntil: null } });
      result.sent++;
    }
  }
  return result;
}
