import { describe, expect, it } from "vitest";
import { applicableSteps, b2FormLink, b2FormVariant, b3PerformedBy, stepVariantNotes } from "./applicability";
import { URLS } from "./links";

const plain = { blpMember: false, hasSupplier: false };
const withSupplier = { blpMember: true, hasSupplier: true };

describe("applicability", () => {
  it("includes B-7 only with a third-party supplier", () => {
    expect(applicableSteps(plain).map((s) => s.key)).not.toContain("B-7");
    expect(applicableSteps(plain)).toHaveLength(23);
    expect(applicableSteps(withSupplier).map((s) => s.key)).toContain("B-7");
    expect(applicableSteps(withSupplier)).toHaveLength(24);
  });

  it("picks the B-2 form variant from BLP membership", () => {
    expect(b2FormVariant({ blpMember: true })).toBe("BLP");
    expect(b2FormVariant({ blpMember: false })).toBe("NON_BLP");
    expect(b2FormLink({ blpMember: true }).url).toBe(URLS.formBlp);
    expect(b2FormLink({ blpMember: false }).url).toBe(URLS.formNonBlp);
    expect(stepVariantNotes("B-2", plain)).toEqual(["B2_FORM_NON_BLP"]);
  });

  it("has the supplier perform B-3 when there is one", () => {
    expect(b3PerformedBy({ hasSupplier: true })).toBe("SUPPLIER");
    expect(b3PerformedBy({ hasSupplier: false })).toBe("INSTITUTION");
    expect(stepVariantNotes("B-3", withSupplier)).toEqual(["B3_BY_SUPPLIER"]);
    expect(stepVariantNotes("B-3", plain)).toEqual([]);
    expect(stepVariantNotes("B-5", withSupplier)).toEqual(["B5_TEST_USER"]);
  });
});
