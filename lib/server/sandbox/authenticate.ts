// Bearer token → the pension institution it belongs to. lastUsedAt is written at most once a
// minute per token, so a busy client does not turn every call into a write.
import type { PrismaClient } from "../prisma-client";
import { hashSandboxToken } from "./token";

export interface SandboxCaller {
  tokenId: string;
  institutionId: string;
  /** the institution's org number: the pensjonsinnretning of every call */
  orgnr: string;
}

const LAST_USED_RESOLUTION_MS = 60_000;

export function bearerToken(header: string | null): string | null {
  const m = /^Bearer[ ]+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(header ?? "");
  return m ? m[1] : null;
}

/** The caller, or null for a missing, unknown or revoked token. */
export async function authenticate(db: PrismaClient, authorization: string | null, now = new Date()): Promise<SandboxCaller | null> {
  const token = bearerToken(authorization);
  if (!token || token.length > 200) return null;
  const row = await db.sandboxToken.findUnique({
    where: { tokenHash: hashSandboxToken(token) },
    select: { id: true, institutionId: true, revokedAt: true, lastUsedAt: true, institution: { select: { orgnr: true } } },
  });
  if (!row || row.revokedAt) return null;
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || row.lastUsedAt < stale) {
    await db.sandboxToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] },
      data: { lastUsedAt: now },
    });
  }
  return { tokenId: row.id, institutionId: row.institutionId, orgnr: row.institution.orgnr };
}
