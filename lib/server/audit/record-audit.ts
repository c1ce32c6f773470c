import type { Prisma } from "../../generated/prisma/client";

export type AuditTx = Pick<Prisma.TransactionClient, "auditEvent">;

export interface AuditInput {
  actor: string;
  action: string;
  subject: string;
  institutionId?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

const json = (v: unknown) => (v === undefined || v === null ? undefined : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue));

/** Appends one event; call it with the transaction client of the write it records. */
export async function recordAudit(tx: AuditTx, e: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actor: e.actor,
      action: e.action,
      subject: e.subject,
      institutionId: e.institutionId ?? null,
      before: json(e.before),
      after: json(e.after),
      requestId: e.requestId ?? null,
    },
  });
}
