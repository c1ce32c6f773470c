import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { isCrossOriginAction, proxy } from "./proxy";

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(new URL(path, "http://localhost:3000"), { method: init.method ?? "POST", headers: { host: "localhost:3000", ...init.headers } });

describe("cross-origin server actions", () => {
  it("refuses a server action from another origin with a plain 403", async () => {
    const req = request("/account", { headers: { "next-action": "abc123", origin: "https://evil.example" } });
    expect(isCrossOriginAction(req)).toBe(true);
    const res = await proxy(req);
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
  });

  it("refuses a form posted to a page from another origin (a server action before hydration), and Origin: null", () => {
    expect(isCrossOriginAction(request("/institutions/x", { headers: { origin: "https://evil.example", "content-type": "multipart/form-data; boundary=x" } }))).toBe(true);
    expect(isCrossOriginAction(request("/account", { headers: { "next-action": "abc", origin: "null" } }))).toBe(true);
    expect(isCrossOriginAction(request("/account", { headers: { "next-action": "abc", origin: "http://localhost:3001" } }))).toBe(true);
  });

  it("lets same-origin actions, GETs, requests without Origin and API calls through", () => {
    expect(isCrossOriginAction(request("/account", { headers: { "next-action": "abc", origin: "http://localhost:3000" } }))).toBe(false);
    expect(isCrossOriginAction(request("/account", { method: "GET", headers: { origin: "https://evil.example" } }))).toBe(false);
    expect(isCrossOriginAction(request("/account", { headers: { "next-action": "abc" } }))).toBe(false);
    expect(isCrossOriginAction(request("/api/sandbox/v1/x", { headers: { origin: "https://evil.example" } }))).toBe(false);
    expect(isCrossOriginAction(request("/account", { headers: { "next-action": "abc", origin: "https://ajour.example", "x-forwarded-host": "ajour.example" } }))).toBe(false);
  });
});
