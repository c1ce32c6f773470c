// What administrators see of the outbox (issue 14): messages given up, and how many wait.
import type { PrismaClient } from "../prisma-client";

export async function outboxStatus(db: PrismaClient) {
  const [failed, pending] = await Promise.all([
    db.outboxMessage.findMany({
      where: { status: "FAILED" },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, toEmail: true, subject: true, attempts: true, lastError: true, createdAt: true },
    }),
    db.outboxMessage.count({ where: { status: { in: ["PENDING", "SENDING"] } } }),
  ]);
  return { failed: failed.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })), pending };
}
