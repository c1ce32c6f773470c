// The app's own public address, for text that shows it (the sandbox docs' curl examples).

/**
 * NEXTAUTH_URL when configured (the public URL, behind any proxy); otherwise the request's
 * Host with X-Forwarded-Proto (http when absent). Returns an origin without a trailing slash.
 */
export function appOrigin(opts: { configured?: string | null; host?: string | null; forwardedProto?: string | null }): string {
  if (opts.configured) {
    try { return new URL(opts.configured).origin; } catch { /* fall through to the request */ }
  }
  const host = opts.host?.split(",")[0].trim() || "localhost:3000";
  const proto = opts.forwardedProto?.split(",")[0].trim() === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
