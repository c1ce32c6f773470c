// One-click unsubscribe tokens (issue 14): "<userId>.<category>.<hmac>" in base64url, signed with
// the server's secret, so the link works without signing in and changes only that preference.
import { createHmac, timingSafeEqual } from "node:crypto";
import { isCategory, type TCategory } from "./categories";

const sign = (secret: string, payload: string) => createHmac("sha256", secret).update(`unsubscribe:${payload}`).digest("base64url");

export function unsubscribeToken(secret: string, userId: string, category: TCategory): string {
  const payload = Buffer.from(JSON.stringify([userId, category])).toString("base64url");
  return `${payload}.${sign(secret, payload)}`;
}

/** The user and category a token names, or null when it is malformed or not signed by `secret`. */
export function readUnsubscribeToken(secret: string, token: string): { userId: string; category: TCategory } | null {
  if (typeof token !== "string" || token.length > 400) return null;
  const [payload, mac, extra] = token.split(".");
  if (!payload || !mac || extra !== undefined) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== "string" || !isCategory(value[1])) return null;
    return { userId: value[0], category: value[1] };
  } catch {
    return null;
  }
}
