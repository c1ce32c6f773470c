import { afterAll, describe, expect, it } from "vitest";
import { register } from "./instrumentation";

describe("the AbortController stack workaround (instrumentation.ts)", () => {
  const original = AbortController.prototype.abort;
  const runtime = process.env.NEXT_RUNTIME;
  afterAll(() => {
    AbortController.prototype.abort = original;
    process.env.NEXT_RUNTIME = runtime;
  });

  it("is installed only in the Node.js runtime", () => {
    process.env.NEXT_RUNTIME = "edge";
    register();
    expect(AbortController.prototype.abort).toBe(original);
    process.env.NEXT_RUNTIME = "nodejs";
    register();
    expect(AbortController.prototype.abort).not.toBe(original);
  });

  it("still aborts with the same reason, Error or not, and reads the Error's stack", () => {
    const error = new Error("render done");
    let read = 0;
    Object.defineProperty(error, "stack", { get: () => (read++, "Error: render done"), configurable: true });
    const c1 = new AbortController();
    c1.abort(error);
    expect(c1.signal.aborted).toBe(true);
    expect(c1.signal.reason).toBe(error);
    expect(read).toBe(1);
    const c2 = new AbortController();
    c2.abort("plain reason");
    expect(c2.signal.reason).toBe("plain reason");
    const c3 = new AbortController();
    c3.abort();
    expect(c3.signal.reason).toBeInstanceOf(DOMException);
  });
});
