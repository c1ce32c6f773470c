// Where to go after sign-in: only this app's own pages. The target is resolved the way a browser
// resolves it (WHATWG URL: "\" is "/", tabs and newlines vanish, "//host" is another host) against
// our own origin, and accepted only when the result has our origin. What comes back is always a
// plain path with exactly one leading "/", so a browser cannot read it as "//other-host" either.

/** The target as a same-origin path (path + query + hash), or null when it leads elsewhere. */
export function resolveSameOrigin(target: unknown, ownOrigin: string): string | null {
  if (typeof target !== "string" || target === "" || target.length > 2000) return null;
  let own: URL;
  let url: URL;
  try {
    own = new URL(ownOrigin);
    url = new URL(target, own);
  } catch {
    return null;
  }
  if (url.origin !== own.origin) return null;
  return `${url.pathname.replace(/^\/+/, "/")}${url.search}${url.hash}`;
}

/** For the sign-in page and the proxy: the same-origin path, or "/" for anything else. */
export function safeCallbackPath(target: unknown, ownOrigin: string): string {
  return resolveSameOrigin(Array.isArray(target) ? target[0] : target, ownOrigin) ?? "/";
}
