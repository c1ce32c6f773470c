// Preloaded into `next start` by scripts/start.mjs (node --import). Next's route handlers and
// server actions see headers but not the TCP peer, and a client can send any X-Forwarded-For.
// This puts the peer's address into a header of our own before Next handles the request,
// overwriting whatever the client sent under that name (lib/server/auth/client-address.ts).
import http from "node:http";

const HEADER = "x-ajour-client-address";
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, ...args) {
  if (event === "request") {
    const [req] = args;
    req.headers[HEADER] = req.socket?.remoteAddress ?? "";
  }
  return emit.call(this, event, ...args);
};
globalThis[Symbol.for("ajour.clientAddressHeader")] = true;
