import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeSessionToken } from "./session-token";

const secret = "test-secret-with-enough-length-0123456789";

describe("decodeSessionToken", () => {
  afterEach(() => vi.useRealTimers());

  it("returns the payload of a valid token, the same on a second read", async () => {
    const token = await encode({ token: { uid: "u1", sv: 3 }, secret, maxAge: 3600 });
    const first = await decodeSessionToken({ token, secret });
    expect(first).toMatchObject({ uid: "u1", sv: 3 });
    expect(await decodeSessionToken({ token, secret })).toBe(first);
  });

  it("refuses an altered token, one from another secret, and nothing", async () => {
    const token = await encode({ token: { uid: "u2" }, secret, maxAge: 3600 });
    await decodeSessionToken({ token, secret });
    const altered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    // getToken turns these throws into "no session"
    await expect(decodeSessionToken({ token: altered, secret })).rejects.toThrow();
    await expect(decodeSessionToken({ token, secret: "another-secret-with-enough-length-9876543210" })).rejects.toThrow();
    await expect(decodeSessionToken({ token: "not-a-token", secret })).rejects.toThrow();
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });

  it("stops accepting a remembered token once it expires", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-26T10:00:00Z"));
    const token = await encode({ token: { uid: "u3" }, secret, maxAge: 60 });
    expect(await decodeSessionToken({ token, secret })).toMatchObject({ uid: "u3" });
    vi.setSystemTime(new Date("2026-11-26T10:01:01Z"));
    expect(await decodeSessionToken({ token, secret })).toBeNull();
  });
});
