// The client's address for sign-in limits. A header the client can set is never trusted on its
// own: `next start` itself fills X-Forwarded-For only when the request has none, so whatever a
// client sends arrives unchanged. Two trustworthy sources:
// - TRUSTED_PROXY_HOPS = N > 0: N reverse proxies in front each append the address they saw; the
//   Nth entry from the right of X-Forwarded-For is the client's (anything left of it is the
//   client's own claim).
// - N = 0: the TCP peer's address, which `npm start` puts into CLIENT_ADDRESS_HEADER before Next
//   sees the request (scripts/client-address.mjs), overwriting any value the client sent.
// Without either (another server, `next dev`), every client shares one bucket: stricter, never spoofable.

export const CLIENT_ADDRESS_HEADER = "x-ajour-client-address";
export const SHARED_CLIENT = "shared";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

const preloaded = () => (globalThis as Record<symbol, unknown>)[Symbol.for("ajour.clientAddressHeader")] === true;

export function clientAddress(headers: HeaderSource, trustedProxyHops: number, socketHeaderTrusted = preloaded()): string {
  const get = (name: string) =>
    headers instanceof Headers ? headers.get(name) : ([] as (string | undefined)[]).concat(headers[name])[0];
  if (trustedProxyHops > 0) {
    const hops = (get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    return hops.length >= trustedProxyHops ? hops[hops.length - trustedProxyHops]!.slice(0, 100) : SHARED_CLIENT;
  }
  const socket = socketHeaderTrusted ? get(CLIENT_ADDRESS_HEADER) : null;
  return socket ? socket.slice(0, 100) : SHARED_CLIENT;
}
