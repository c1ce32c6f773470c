import { describe, expect, it } from "vitest";
import { isValidOrgnr, normalizeOrgnr, orgnrCheckDigit, orgnrProblem } from "./orgnr";

describe("organisasjonsnummer", () => {
  it("accepts valid numbers", () => {
    for (const n of ["974760673", "923609016", "985399077", "999999999", "910112244"]) {
      expect(isValidOrgnr(n)).toBe(true);
      expect(orgnrProblem(n)).toBeNull();
    }
  });
  it("rejects a wrong check digit", () => {
    expect(isValidOrgnr("974760674")).toBe(false);
    expect(orgnrProblem("974760674")).toBe("wrong-check-digit");
  });
  it("rejects eight digits whose remainder is 1 (no check digit exists)", () => {
    expect(orgnrCheckDigit("88901234")).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidOrgnr(`88901234${d}`)).toBe(false);
  });
  it("rejects wrong length", () => {
    expect(orgnrProblem("97476067")).toBe("wrong-length");
    expect(orgnrProblem("9747606730")).toBe("wrong-length");
    expect(isValidOrgnr("")).toBe(false);
  });
  it("rejects non-digits", () => {
    expect(orgnrProblem("97476067a")).toBe("not-digits");
    expect(orgnrProblem("974-760-673")).toBe("not-digits");
    expect(isValidOrgnr("97476067a")).toBe(false);
  });
  it("tolerates spaces between groups when normalised", () => {
    expect(orgnrProblem("974 760 673")).toBeNull();
    expect(normalizeOrgnr("974 760 673")).toBe("974760673");
  });
  it("computes check digits, including 0", () => {
    expect(orgnrCheckDigit("97476067")).toBe(3);
    expect(orgnrCheckDigit("91011226")).toBe(0);
  });
});
