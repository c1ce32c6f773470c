import { describe, expect, it } from "vitest";
import { isValidOrgnr } from "../orgnr";

describe("isValidOrgnr (modulus 11, weights 3 2 7 6 5 4 3 2)", () => {
  it("accepts valid numbers", () => {
    for (const s of ["999999999", "974760673", "123456785", "987654325"]) expect(isValidOrgnr(s), s).toBe(true);
  });
  it("accepts check digit 0 when the remainder is 0", () => {
    // 1·3+0·2+0·7+0·6+0·5+0·4+0·3+4·2 = 11 → remainder 0 → check digit 0
    expect(isValidOrgnr("100000040")).toBe(true);
    expect(isValidOrgnr("100000041")).toBe(false);
  });
  it("rejects remainder 1 whatever the last digit", () => {
    // 2·3 + 0 … + 3·2 = 12 → remainder 1
    for (let d = 0; d <= 9; d++) expect(isValidOrgnr(`20000003${d}`)).toBe(false);
  });
  it("rejects a wrong check digit", () => {
    expect(isValidOrgnr("974760672")).toBe(false);
    expect(isValidOrgnr("999999998")).toBe(false);
    expect(isValidOrgnr("987654321")).toBe(false);
    expect(isValidOrgnr("123456789")).toBe(false);
  });
  it("rejects wrong length and non-digits", () => {
    for (const s of ["", "97476067", "9747606730", "97476067a", " 974760673", "974 760 673", "９７４７６０６７３"]) {
      expect(isValidOrgnr(s), s).toBe(false);
    }
  });
});
