import { describe, expect, it } from "vitest";
import { resolveSameOrigin, safeCallbackPath } from "./safe-redirect";

const OWN = "https://ajour.example.no";

// Ways to write "another site" that browsers follow: backslashes, tabs and newlines the URL parser
// drops, protocol-relative, schemes, user-info, encodings that decode to any of these.
const OFF_SITE = [
  "/\\evil.example/x",
  "\\\\evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "\t//evil.example",
  "//evil.example",
  "///evil.example",
  "////evil.example/x",
  "/\\/evil.example",
  "\\/evil.example",
  "https://evil.example",
  "http://evil.example/x",
  "HTTPS://evil.example",
  "https:evil.example",
  "http:\\\\evil.example",
  "//ajour.example.no@evil.example",
  "https://ajour.example.no@evil.example/",
  "https://ajour.example.no.evil.example/",
  "http://ajour.example.no/",
  "https://ajour.example.no:444/",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  " //evil.example",
  "\u0000//evil.example",
  "//evil.example%2f..",
  "//%65vil.example",
];

describe("resolveSameOrigin", () => {
  it.each(OFF_SITE)("never leaves the site for %j", (target) => {
    const path = resolveSameOrigin(target, OWN);
    if (path !== null) {
      // whatever comes back is a path a browser resolves to our own origin
      expect(new URL(path, OWN).origin).toBe(OWN);
      expect(path).toMatch(/^\/(?![/\\])/);
    }
    expect(new URL(safeCallbackPath(target, OWN), OWN).origin).toBe(OWN);
  });

  it("refuses the classic vectors outright", () => {
    for (const target of ["/\\evil.example/x", "/\t/evil.example", "//evil.example", "https://evil.example", "javascript:alert(1)"]) {
      expect(resolveSameOrigin(target, OWN), target).toBeNull();
      expect(safeCallbackPath(target, OWN), target).toBe("/");
    }
  });

  it("keeps same-origin paths with their query and hash, and own absolute URLs as paths", () => {
    expect(resolveSameOrigin("/audit", OWN)).toBe("/audit");
    expect(resolveSameOrigin("/institutions/abc?tab=steps#c-4", OWN)).toBe("/institutions/abc?tab=steps#c-4");
    expect(resolveSameOrigin("https://ajour.example.no/overview?q=1", OWN)).toBe("/overview?q=1");
    expect(resolveSameOrigin("/invitation/AbC_-123", OWN)).toBe("/invitation/AbC_-123");
    expect(resolveSameOrigin("audit", OWN)).toBe("/audit");
  });

  it("turns a path that resolves to several leading slashes into one (a browser would read // as a host)", () => {
    expect(resolveSameOrigin("/.//evil.example", OWN)).toBe("/evil.example");
    expect(resolveSameOrigin("/%2F%2Fevil.example", OWN)).toBe("/%2F%2Fevil.example");
  });

  it("answers nothing usable with '/'", () => {
    for (const target of [undefined, null, "", 42, ["//evil.example"], "x".repeat(3000)]) expect(safeCallbackPath(target, OWN)).toBe("/");
    expect(safeCallbackPath(["/audit", "//evil"], OWN)).toBe("/audit");
  });
});
