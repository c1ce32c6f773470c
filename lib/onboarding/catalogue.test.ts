import { describe, expect, it } from "vitest";
import { CATALOGUE_V1, CATALOGUE_VERSION, STEP_KEYS, catalogueProblems, getCatalogue, getStep } from "./catalogue";
import { ZStepDefinitionSchema, type TCatalogue } from "./types";
import { URLS } from "./links";

const steps = CATALOGUE_V1.steps;

describe("catalogue integrity", () => {
  it("has exactly the guide's keys, in order, with no C-5", () => {
    expect(steps.map((s) => s.key)).toEqual([...STEP_KEYS]);
    expect(steps).toHaveLength(24);
    expect(steps.some((s) => s.key === "C-5")).toBe(false);
    expect(new Set(steps.map((s) => s.key)).size).toBe(steps.length);
  });

  it("puts each step in the phase its key names", () => {
    for (const s of steps) expect(s.key.startsWith(`${s.phase}-`)).toBe(true);
  });

  it("validates every step against the schema, with nb and en title and description", () => {
    for (const s of steps) {
      expect(ZStepDefinitionSchema.safeParse(s).success, s.key).toBe(true);
      for (const text of [s.title.nb, s.title.en, s.description.nb, s.description.en]) {
        expect(text.trim().length, s.key).toBeGreaterThan(5);
      }
      expect(s.title.nb, s.key).not.toBe(s.title.en);
    }
  });

  it("has known prerequisites and no cycle", () => {
    expect(catalogueProblems(CATALOGUE_V1)).toEqual([]);
  });

  it("detects duplicates, unknown prerequisites and cycles", () => {
    const a = getStep("A-1");
    const duplicated: TCatalogue = {
      version: 99,
      steps: [a, { ...a, key: "A-2", prerequisites: ["X-9"] }, { ...a, key: "A-2" }],
    };
    expect(catalogueProblems(duplicated)).toEqual(["duplicate key A-2", "A-2: unknown prerequisite X-9"]);
    const cyclic: TCatalogue = {
      version: 99,
      steps: [
        { ...a, key: "A-1", prerequisites: ["A-3"] },
        { ...a, key: "A-2", prerequisites: ["A-1"] },
        { ...a, key: "A-3", prerequisites: ["A-2"] },
      ],
    };
    expect(catalogueProblems(cyclic)).toEqual(["cycle: A-1 → A-3 → A-2 → A-1"]);
    const backwards: TCatalogue = { version: 99, steps: [{ ...a, prerequisites: ["B-1"] }, getStep("B-1")] };
    expect(catalogueProblems(backwards)).toEqual(["A-1: prerequisite B-1 is in a later phase"]);
  });

  it("encodes the dependency graph from the guide", () => {
    const pre = (k: string) => getStep(k).prerequisites;
    expect(pre("B-4")).toEqual(["B-2"]);
    expect(pre("B-6")).toEqual(expect.arrayContaining(["B-3", "B-4"]));
    expect(pre("B-7")).toContain("B-5");
    expect(pre("C-1")).toEqual(expect.arrayContaining(["B-1", "B-6"]));
    expect(pre("C-2")).toEqual(expect.arrayContaining(["C-1", "A-2"]));
    expect(pre("C-3")).toEqual(expect.arrayContaining(["C-2", "B-8", "B-7"]));
    expect(pre("C-4")).toContain("C-3");
    expect(pre("C-7")).toEqual(["C-4"]);
    expect(pre("D-1")).toEqual(["C-7"]);
    expect(pre("D-2")).toEqual(["D-1"]);
  });

  it("marks exactly B-2, C-4 and C-7 for Bits' review", () => {
    expect(steps.filter((s) => s.requiresReview).map((s) => s.key)).toEqual(["B-2", "C-4", "C-7"]);
  });

  it("assigns performers per the guide", () => {
    const by = (p: string) => steps.filter((s) => s.performer === p).map((s) => s.key);
    // D-1: the table says IT but Bits receives the agencies' confirmation, so Bits performs it.
    expect(by("BITS")).toEqual(["B-5", "B-6", "C-1", "D-1"]);
    expect(by("SHARED")).toEqual(["B-4"]);
    expect(by("INSTITUTION")).toHaveLength(19);
    expect(getStep("B-4").roles).toEqual(["Bits", "Forretning"]);
    expect(getStep("A-1").roles).toEqual(["Alle"]);
    expect(getStep("B-8").roles).toEqual(["IT"]);
  });

  it("links public documents from the guide", () => {
    expect(getStep("B-1").links.map((l) => l.url)).toContain(URLS.aaregAccess);
    expect(getStep("B-8").links.map((l) => l.url)).toContain("https://api-portal.nav.no/");
    expect(getStep("A-2").links.map((l) => l.url)).toEqual([URLS.buypass, URLS.commfides]);
    for (const s of steps) for (const l of s.links) expect(l.url.startsWith("https://"), l.url).toBe(true);
  });

  it("is versioned", () => {
    expect(CATALOGUE_VERSION).toBe(1);
    expect(getCatalogue(1)).toBe(CATALOGUE_V1);
    expect(getCatalogue()).toBe(CATALOGUE_V1);
    expect(() => getCatalogue(42)).toThrow(/Unknown onboarding catalogue version 42/);
    expect(() => getStep("C-5")).toThrow(/Unknown onboarding step C-5/);
  });
});
