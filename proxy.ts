import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { safeCallbackPath } from "@/lib/server/auth/safe-redirect";
import { decodeSessionToken } from "@/lib/server/auth/session-token";

// Three jobs only: a per-request CSP nonce, sending signed-out visitors to the sign-in page, and
// a clean 403 for a server action posted from another origin. It is never the access check
// itself: pages, actions and handlers check again (lib/server/access). It checks only that a
// session cookie decrypts; whether the session still lives is the page's check (loadActor).
const PUBLIC_PATHS = [/^\/sign-in$/, /^\/icon\.svg$/, /^\/invitation\//, /^\/api\/auth\//, /^\/api\/health$/, /^\/api\/sandbox\//, /^\/unsubscribe$/, /^\/api\/unsubscribe$/];

export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * A server action (Next-Action header, or a form posted to a page before hydration) whose Origin
 * is not this app's. Next refuses those too, but with a 500 error page; here they get a plain 403
 * before anything runs. Requests without Origin (non-browser clients) are left to Next's own check.
 */
export function isCrossOriginAction(request: Pick<NextRequest, "method" | "headers" | "nextUrl">): boolean {
  if (request.method !== "POST") return false;
  if (!request.headers.has("next-action") && request.nextUrl.pathname.startsWith("/api/")) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true; // "null" (sandboxed frames) or garbage
  }
  const own = [request.headers.get("x-forwarded-host"), request.headers.get("host")];
  if (process.env.NEXTAUTH_URL) own.push(new URL(process.env.NEXTAUTH_URL).host);
  return !own.some((h) => h !== null && h.split(",")[0]!.trim().toLowerCase() === host.toLowerCase());
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isCrossOriginAction(request)) {
    return new NextResponse("Forbidden: cross-origin request\n", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const isPublic = PUBLIC_PATHS.some((p) => p.test(pathname));
  if (!isPublic) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET, decode: decodeSessionToken });
    if (!token) {
      if (pathname.startsWith("/api/")) {
        return NextResponse.json({ error: "Not signed in" }, { status: 401 });
      }
      const url = new URL("/sign-in", request.url);
      url.searchParams.set("callbackUrl", safeCallbackPath(pathname + search, request.nextUrl.origin));
      return NextResponse.redirect(url);
    }
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
