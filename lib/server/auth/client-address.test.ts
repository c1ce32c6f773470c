import { describe, expect, it } from "vitest";
import { clientAddress, CLIENT_ADDRESS_HEADER, SHARED_CLIENT } from "./client-address";

describe("clientAddress", () => {
  it("with no trusted proxy, ignores X-Forwarded-For and uses the socket address npm start put in", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      seen.add(clientAddress(new Headers({ "x-forwarded-for": `198.51.100.${i}`, "x-real-ip": `203.0.113.${i}`, [CLIENT_ADDRESS_HEADER]: "10.1.2.3" }), 0, true));
    }
    expect([...seen]).toEqual(["10.1.2.3"]);
  });

  it("without that header (another server, next dev) every client shares one bucket rather than trust a header", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.1" }), 0, false)).toBe(SHARED_CLIENT);
    // a client sending our header itself is not believed when npm start's preload did not set it
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "1.2.3.4" }), 0, false)).toBe(SHARED_CLIENT);
    expect(clientAddress({ "x-forwarded-for": "198.51.100.1" }, 0, false)).toBe(SHARED_CLIENT);
  });

  it("with N trusted proxies, takes the Nth address from the right: what the outermost proxy saw", () => {
    const spoofed = "1.1.1.1, 2.2.2.2";
    expect(clientAddress(new Headers({ "x-forwarded-for": `${spoofed}, 198.51.100.7` }), 1, true)).toBe("198.51.100.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": `${spoofed}, 198.51.100.7, 10.0.0.2` }), 2, true)).toBe("198.51.100.7");
    expect(clientAddress({ "x-forwarded-for": ["198.51.100.8"] }, 1, true)).toBe("198.51.100.8");
    // fewer hops than proxies: the request did not come through them
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.7" }), 2, true)).toBe(SHARED_CLIENT);
    expect(clientAddress(new Headers(), 1, true)).toBe(SHARED_CLIENT);
  });

  it("bounds what it returns", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "a".repeat(5000) }), 1, true)).toHaveLength(100);
  });
});
