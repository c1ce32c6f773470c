import { describe, expect, it } from "vitest";
import { getStep } from "./catalogue";
import { deriveSteps } from "./progress";
import { SUPPLIER_PERFORMED_STEPS, stepPerformedBy, stepWaitsOnParty, supplierPerformsStep, viewerOf, waitingLabel } from "./supplier";

const plain = { blpMember: false, hasSupplier: false };
const withSupplier = { blpMember: false, hasSupplier: true };

describe("steps the supplier performs", () => {
  it("are catalogue steps the institution would otherwise do", () => {
    for (const key of SUPPLIER_PERFORMED_STEPS) expect(getStep(key).performer).toBe("INSTITUTION");
  });

  it("are the supplier's only when the institution has one (B-3 for Havbris)", () => {
    expect(supplierPerformsStep("B-3", withSupplier)).toBe(true);
    expect(supplierPerformsStep("B-3", plain)).toBe(false);
    expect(supplierPerformsStep("B-7", withSupplier)).toBe(false);
    expect(stepPerformedBy(getStep("B-3"), withSupplier)).toBe("SUPPLIER");
    expect(stepPerformedBy(getStep("B-3"), plain)).toBe("INSTITUTION");
    expect(stepPerformedBy(getStep("B-5"), withSupplier)).toBe("BITS");
    expect(stepPerformedBy(getStep("B-4"), withSupplier)).toBe("SHARED");
  });
});

describe("who a step waits on, supplier included", () => {
  const derived = (profile: typeof plain, states = {}) => new Map(deriveSteps({ profile, states, today: "2026-12-01" }).map((d) => [d.step.key, d]));

  it("names the supplier for its steps, Bits for review and Bits' steps", () => {
    const d = derived(withSupplier, { "B-3": { status: "IN_PROGRESS" }, "C-4": { status: "AWAITING_REVIEW" } });
    expect(stepWaitsOnParty(d.get("B-3")!, withSupplier)).toBe("SUPPLIER");
    expect(stepWaitsOnParty(d.get("B-2")!, withSupplier)).toBe("INSTITUTION");
    expect(stepWaitsOnParty(d.get("B-5")!, withSupplier)).toBe("BITS");
    expect(stepWaitsOnParty(d.get("C-4")!, withSupplier)).toBe("BITS");
    expect(stepWaitsOnParty(derived(plain).get("B-3")!, plain)).toBe("INSTITUTION");
  });
});

describe("waiting-on labels", () => {
  it("say 'dere' to the side that must act and name the others", () => {
    expect(waitingLabel("INSTITUTION", "INSTITUTION_STAFF")).toBe("YOU");
    expect(waitingLabel("INSTITUTION", "COORDINATOR")).toBe("INSTITUTION");
    expect(waitingLabel("INSTITUTION", "SUPPLIER_STAFF")).toBe("INSTITUTION");
    expect(waitingLabel("SUPPLIER", "INSTITUTION_STAFF")).toBe("SUPPLIER");
    expect(waitingLabel("SUPPLIER", "COORDINATOR")).toBe("SUPPLIER");
    expect(waitingLabel("SUPPLIER", "SUPPLIER_STAFF")).toBe("YOU");
    for (const viewer of ["COORDINATOR", "INSTITUTION_STAFF", "SUPPLIER_STAFF"] as const) expect(waitingLabel("BITS", viewer)).toBe("BITS");
  });

  it("counts a user as supplier staff only for institutions whose supplier employs them", () => {
    expect(viewerOf({ coordinator: true, supplierOrgnr: null }, { supplierOrgnr: "999999999" })).toBe("COORDINATOR");
    expect(viewerOf({ coordinator: false, supplierOrgnr: "999999999" }, { supplierOrgnr: "999999999" })).toBe("SUPPLIER_STAFF");
    expect(viewerOf({ coordinator: false, supplierOrgnr: "999999999" }, { supplierOrgnr: null })).toBe("INSTITUTION_STAFF");
    expect(viewerOf({ coordinator: false, supplierOrgnr: null }, { supplierOrgnr: null })).toBe("INSTITUTION_STAFF");
  });
});
