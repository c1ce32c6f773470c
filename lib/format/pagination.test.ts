import { describe, expect, it } from "vitest";
import { pageItems } from "./pagination";

describe("pageItems", () => {
  it("lists every page when they fit", () => {
    expect(pageItems(1, 1)).toEqual([1]);
    expect(pageItems(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageItems(1, 0)).toEqual([]);
  });
  it("keeps the first and last page and marks the gaps", () => {
    expect(pageItems(1, 20)).toEqual([1, 2, 3, 4, 5, "gap", 20]);
    expect(pageItems(10, 20)).toEqual([1, "gap", 9, 10, 11, "gap", 20]);
    expect(pageItems(20, 20)).toEqual([1, "gap", 16, 17, 18, 19, 20]);
  });
  it("clamps a page outside the range", () => {
    expect(pageItems(99, 10)).toEqual([1, "gap", 6, 7, 8, 9, 10]);
    expect(pageItems(-3, 10)).toEqual([1, 2, 3, 4, 5, "gap", 10]);
  });
});
