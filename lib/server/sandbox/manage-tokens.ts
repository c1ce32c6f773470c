// Token management for the institution's sandbox page: create (shown once), list, revoke. Each
// write and its audit event commit in one transaction.
import { AppError } from "../../errors/app-error";
import { recordAudit } from "../audit/record-audit";
import { requireAccess, type CoreActor } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";
import { hashSandboxToken, newSandboxToken, SANDBOX_TOKEN_PREFIX_LENGTH } from "./token";

interface Scope { db: PrismaClient; actor: CoreActor; institutionId: string }

export interface SandboxTokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Creates a token; the plain token is in the answer and nowhere else. */
export async function createSandboxToken(opts: Scope & { name: string }): Promise<{ id: string; token: string; prefix: string }> {
  await requireAccess({ ...opts, action: "sandbox.token.manage" });
  const token = newSandboxToken();
  const prefix = token.slice(0, SANDBOX_TOKEN_PREFIX_LENGTH);
  return opts.db.$transaction(async (tx) => {
    const row = await tx.sandboxToken.create({
      data: { institutionId: opts.institutionId, name: opts.name, tokenHash: hashSandboxToken(token), prefix, createdById: opts.actor.id },
    });
    await recordAudit(tx, {
      actor: opts.actor.email, action: "sandbox.token.create", subject: `sandbox-token:${row.id}`,
      institutionId: opts.institutionId, after: { name: row.name, prefix },
    });
    return { id: row.id, token, prefix };
  });
}

export async function listSandboxTokens(opts: Scope): Promise<SandboxTokenRow[]> {
  await requireAccess({ ...opts, action: "sandbox.token.manage" });
  return opts.db.sandboxToken.findMany({
    where: { institutionId: opts.institutionId },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: { createdAt: "desc" },
  });
}

/** Revokes one of the institution's tokens; NOT_FOUND for another institution's or an already revoked one. */
export async function revokeSandboxToken(opts: Scope & { tokenId: string }): Promise<void> {
  await requireAccess({ ...opts, action: "sandbox.token.manage" });
  await opts.db.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.sandboxToken.updateMany({
      where: { id: opts.tokenId, institutionId: opts.institutionId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      actor: opts.actor.email, action: "sandbox.token.revoke", subject: `sandbox-token:${opts.tokenId}`,
      institutionId: opts.institutionId, after: { revokedAt: now.toISOString() },
    });
  });
}
