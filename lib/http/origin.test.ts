import { describe, expect, it } from "vitest";
import { appOrigin } from "./origin";

describe("appOrigin", () => {
  it("prefers the configured public URL", () => {
    expect(appOrigin({ configured: "https://ajour.example.no/some/path", host: "10.0.0.5:3000" })).toBe("https://ajour.example.no");
  });
  it("falls back to the request's host and forwarded protocol", () => {
    expect(appOrigin({ host: "ajour.test:3241" })).toBe("http://ajour.test:3241");
    expect(appOrigin({ host: "ajour.test", forwardedProto: "https, http" })).toBe("https://ajour.test");
    expect(appOrigin({ configured: "not a url", host: "a.test" })).toBe("http://a.test");
  });
});
