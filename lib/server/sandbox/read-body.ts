// Reads a JSON request body with a hard size limit: Content-Length is checked first, and the
// stream is counted as it is read (a lying or missing Content-Length does not get past it).
import { otp, payloadTooLarge } from "./errors";

export const SANDBOX_BODY_LIMIT = 64 * 1024;

export async function readJsonBody(req: Request, limit = SANDBOX_BODY_LIMIT): Promise<unknown> {
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw payloadTooLarge(limit);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (req.body) {
    const reader = req.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        throw payloadTooLarge(limit);
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) { bytes.set(c, at); at += c.byteLength; }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw otp("OTP-006", "Ugyldig forespørsel: innholdet er ikke gyldig UTF-8");
  }
  if (text.trim() === "") throw otp("OTP-006", "Ugyldig forespørsel: mangler JSON-innhold");
  try {
    return JSON.parse(text);
  } catch {
    throw otp("OTP-006", "Ugyldig forespørsel: innholdet er ikke gyldig JSON");
  }
}
