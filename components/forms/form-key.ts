// A random key for one rendering of a form (its idempotency key): a repeated submit of the same
// form carries the same key, so the server stores its effect once. getRandomValues works on
// plain http too (randomUUID needs a secure context).
export function newFormKey(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
