import { describe, expect, it } from "vitest";
import { CATALOGUE_V1, CATALOGUES, catalogueProblems, getStep } from "./catalogue";
import { canUpgradeCatalogue, deriveRetiredStep, institutionStep, stepsForInstitution } from "./versions";
import { progress } from "./progress";
import type { TCatalogue } from "./types";

// A fake v2: drops A-5, rewords A-1, adds C-8 after C-7.
const V2: TCatalogue = {
  version: 2,
  steps: [
    ...CATALOGUE_V1.steps
      .filter((s) => s.key !== "A-5")
      .map((s) => (s.key === "A-1" ? { ...s, title: { nb: "Les dokumentasjonen", en: "Read the documentation" } } : s))
      .map((s) => ({ ...s, prerequisites: s.prerequisites.filter((p) => p !== "A-5") })),
    { ...getStep("C-7"), key: "C-8", prerequisites: ["C-7"], requiresReview: false },
  ],
};
const REGISTRY = { ...CATALOGUES, 2: V2 };

describe("catalogue versions", () => {
  it("the fake v2 is itself sound", () => {
    expect(catalogueProblems(V2)).toEqual([]);
  });

  it("an institution on v1 sees v1 and nothing read-only", () => {
    const steps = stepsForInstitution(1, ["A-1", "A-5"], REGISTRY);
    expect(steps.map((s) => s.key)).toEqual(CATALOGUE_V1.steps.map((s) => s.key));
    expect(steps.every((s) => !s.readOnly && s.fromVersion === 1)).toBe(true);
  });

  it("moving to v2 keeps recorded progress on a removed step, read-only, in its phase", () => {
    const steps = stepsForInstitution(2, ["A-1", "A-5", "B-2"], REGISTRY);
    const a5 = steps.find((s) => s.key === "A-5")!;
    expect(a5).toMatchObject({ readOnly: true, fromVersion: 1, phase: "A" });
    expect(steps.map((s) => s.key).indexOf("A-5")).toBe(7); // after the seven v2 A-steps
    expect(steps.find((s) => s.key === "C-8")!.readOnly).toBe(false);
    expect(steps.find((s) => s.key === "A-1")!.title.en).toBe("Read the documentation");
    expect(steps.filter((s) => s.readOnly).map((s) => s.key)).toEqual(["A-5"]);
  });

  it("a removed step without recorded progress disappears; an unknown one gets a placeholder", () => {
    expect(stepsForInstitution(2, [], REGISTRY).some((s) => s.key === "A-5")).toBe(false);
    const ghost = stepsForInstitution(2, ["B-9"], REGISTRY).find((s) => s.key === "B-9")!;
    expect(ghost).toMatchObject({ readOnly: true, phase: "B", fromVersion: 0 });
  });

  it("progress follows the institution's own catalogue", () => {
    const states = { "C-8": { status: "DONE" as const } };
    const profile = { blpMember: true, hasSupplier: false };
    expect(progress({ profile, states, today: "2026-01-01", catalogue: V2 }).overall).toMatchObject({ total: 23, done: 1 });
    expect(progress({ profile, states, today: "2026-01-01", catalogue: CATALOGUE_V1 }).overall).toMatchObject({ total: 23, done: 0 });
  });

  it("only upgrades forward to a known version", () => {
    expect(canUpgradeCatalogue(1, 2, REGISTRY)).toBe(true);
    expect(canUpgradeCatalogue(2, 1, REGISTRY)).toBe(false);
    expect(canUpgradeCatalogue(1, 3, REGISTRY)).toBe(false);
    expect(() => stepsForInstitution(3, [], REGISTRY)).toThrow(/Unknown onboarding catalogue version 3/);
  });

  it("institutionStep names a step as the institution sees it, retired ones included", () => {
    expect(institutionStep("A-1", 2, REGISTRY)).toMatchObject({ readOnly: false, fromVersion: 2, title: { en: "Read the documentation" } });
    expect(institutionStep("A-5", 2, REGISTRY)).toMatchObject({ readOnly: true, fromVersion: 1, title: getStep("A-5").title });
    expect(institutionStep("C-5", 1)).toMatchObject({ readOnly: true, fromVersion: 0, phase: "C", title: { nb: "Steg C-5 (utgått)" } });
  });

  it("a retired step keeps its recorded status but is never applicable, open work or overdue", () => {
    const done = deriveRetiredStep(getStep("A-5"), { status: "DONE", dueDate: "2020-01-01" });
    expect(done).toMatchObject({ status: "DONE", applicable: false, closed: true, overdue: false, dueDate: "2020-01-01", openPrerequisites: [] });
    const open = deriveRetiredStep(getStep("A-5"), { status: "AWAITING_REVIEW", dueDate: "2020-01-01" });
    expect(open).toMatchObject({ status: "AWAITING_REVIEW", applicable: false, closed: false, overdue: false });
  });
});
