// Sandbox bearer tokens: 32 random bytes, base64url; only the sha256 is stored, plus the first
// 8 characters so people can tell their tokens apart in the list.
import { createHash, randomBytes } from "node:crypto";

export const SANDBOX_TOKEN_PREFIX_LENGTH = 8;

export function newSandboxToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSandboxToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** sha256 (hex) of an avtalereferanse: the key column of the unique index (4000 characters do not fit a btree key). */
export function referenceHash(avtalereferanse: string): string {
  return createHash("sha256").update(avtalereferanse, "utf8").digest("hex");
}
