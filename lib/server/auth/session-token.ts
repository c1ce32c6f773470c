// Reading the session cookie decrypts the token: an HKDF key derivation and the cipher, ~0.15 ms,
// done by the proxy and again by the page on every request. A token is authenticated ciphertext
// (JWE): one string always decrypts to the same payload, and a forged or altered one never
// decrypts. So a payload is remembered per token string, and only its expiry is checked again.
import { LRUCache } from "lru-cache";
import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

// Roughly one entry per signed-in browser; bounded for a long-lived process.
const payloads = new LRUCache<string, JWT>({ max: 10_000 });

const unexpired = (payload: JWT) => typeof payload.exp === "number" && payload.exp * 1000 > Date.now();

/** next-auth's `decode`, remembered: pass as `decode` to getToken. Throws on a bad token, like decode; null when expired. */
export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  if (!params.token) return null;
  const key = `${String(params.secret)}\u0000${params.salt ?? ""}\u0000${params.token}`;
  const known = payloads.get(key);
  if (known) return unexpired(known) ? known : null;
  // decode allows 15 s past expiry; remembered or not, a token ends at its expiry here
  const payload = await decode(params);
  if (!payload || !unexpired(payload)) return null;
  payloads.set(key, payload);
  return payload;
}
