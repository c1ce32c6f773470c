import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "../../errors/app-error";
import type { Actor } from "../access/actor";

const state = vi.hoisted(() => ({ actor: null as unknown, revalidated: [] as string[] }));
vi.mock("../access/actor", () => ({ getActor: async () => state.actor }));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => state.revalidated.push(path) }));

const { runFormAction } = await import("./action-error");

const ZSchema = z.object({ institutionId: z.string(), name: z.string().min(1, "errors.required") });
const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
};

describe("runFormAction", () => {
  beforeEach(() => {
    state.actor = { id: "u1", email: "a@example.no" } as Partial<Actor>;
    state.revalidated = [];
  });

  it("refuses a signed-out caller before running anything", async () => {
    state.actor = null;
    const run = vi.fn();
    expect(await runFormAction({ formData: form({ institutionId: "i1", name: "x" }), schema: ZSchema, run, revalidate: ["/"] })).toEqual({ ok: false, code: "UNAUTHENTICATED" });
    expect(run).not.toHaveBeenCalled();
    expect(state.revalidated).toEqual([]);
  });

  it("answers field errors for an invalid form and runs nothing", async () => {
    const run = vi.fn();
    expect(await runFormAction({ formData: form({ institutionId: "i1", name: "" }), schema: ZSchema, run })).toEqual({ ok: false, fieldErrors: { name: ["errors.required"] } });
    expect(run).not.toHaveBeenCalled();
  });

  it("lets values bound on the server win over posted fields of the same name", async () => {
    const run = vi.fn(async (_actor: Actor, input: z.output<typeof ZSchema>) => input.institutionId);
    const result = await runFormAction({ formData: form({ institutionId: "posted", name: "x" }), bound: { institutionId: "bound" }, schema: ZSchema, run, revalidate: ["/a", "/b"] });
    expect(result).toEqual({ ok: true, data: "bound" });
    expect(run.mock.calls[0][0]).toBe(state.actor);
    expect(state.revalidated).toEqual(["/a", "/b"]);
  });

  it("maps an expected failure of the use-case and refreshes no page", async () => {
    const run = async () => {
      throw new AppError("CONFLICT");
    };
    expect(await runFormAction({ formData: form({ institutionId: "i1", name: "x" }), schema: ZSchema, run, revalidate: ["/"] })).toEqual({ ok: false, code: "CONFLICT", formError: "CONFLICT" });
    expect(state.revalidated).toEqual([]);
  });

  it("rethrows an unexpected error", async () => {
    const run = async () => {
      throw new TypeError("boom");
    };
    await expect(runFormAction({ formData: form({ institutionId: "i1", name: "x" }), schema: ZSchema, run })).rejects.toThrow("boom");
  });
});
