import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as api from "./index";

describe("public API", () => {
  it("re-exports the catalogue, the rules and orgnr", () => {
    expect(api.getCatalogue().version).toBe(api.CATALOGUE_VERSION);
    expect(api.isValidOrgnr("974760673")).toBe(true);
    expect(api.orgnrProblem("974760674")).toBe("wrong-check-digit");
    for (const fn of [api.evidenceSchema, api.evidenceCompleteness, api.evidenceFields, api.deriveSteps, api.bitsQueue, api.can, api.canChangeStep, api.stepsForInstitution, api.b2FormVariant]) {
      expect(typeof fn).toBe("function");
    }
  });

  it("stays pure: no Next, React, Prisma or server-only imports", () => {
    const dir = import.meta.dirname;
    const sources = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    expect(sources.length).toBeGreaterThan(10);
    for (const f of sources) {
      const text = readFileSync(path.join(dir, f), "utf8");
      expect(text, f).not.toMatch(/from\s+["'](next|next\/.*|react|react-dom|server-only|@prisma\/.*|.*generated\/prisma.*)["']/);
    }
  });
});
