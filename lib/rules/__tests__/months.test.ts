import { describe, expect, it } from "vitest";
import { addMonths, formatMonth, isMonth, MAX_RANGE_MONTHS, monthRange, parseMonth, parseRanges, toRanges, TooManyMonthsError } from "../index";

describe("month helpers", () => {
  it("parseMonth / formatMonth round-trip and reject malformed months", () => {
    expect(parseMonth("2021-01")).toBe(2021 * 12);
    expect(formatMonth(parseMonth("2022-12"))).toBe("2022-12");
    expect(formatMonth(5)).toBe("0000-06");
    for (const bad of ["2022-13", "2022-00", "2022-1", "22-01", "2022/01", "2022-01-01", " 2022-01", "", "abcd-ef"]) {
      expect(() => parseMonth(bad), bad).toThrow(RangeError);
      expect(isMonth(bad), bad).toBe(false);
    }
    expect(() => formatMonth(-1)).toThrow(RangeError);
    expect(() => formatMonth(1.5)).toThrow(RangeError);
  });

  it("addMonths does calendar arithmetic across years", () => {
    expect(addMonths("2021-12", -15)).toBe("2020-09");
    expect(addMonths("2021-12", 1)).toBe("2022-01");
    expect(addMonths("2020-01", -1)).toBe("2019-12");
    expect(addMonths("2022-05", 0)).toBe("2022-05");
  });

  it("monthRange is inclusive and empty when reversed", () => {
    expect(monthRange("2021-11", "2022-02")).toEqual(["2021-11", "2021-12", "2022-01", "2022-02"]);
    expect(monthRange("2022-02", "2022-02")).toEqual(["2022-02"]);
    expect(monthRange("2022-03", "2022-02")).toEqual([]);
  });

  it("toRanges compacts runs, sorts and dedupes", () => {
    expect(toRanges(["2022-03", "2022-04", "2022-05", "2022-09", "2022-10"])).toBe("2022-03..2022-05, 2022-09..2022-10");
    expect(toRanges(["2022-11", "2022-03", "2022-03"])).toBe("2022-03, 2022-11");
    expect(toRanges(["2021-12", "2022-01"])).toBe("2021-12..2022-01");
    expect(toRanges([])).toBe("");
  });

  it("parseRanges is the inverse of toRanges", () => {
    expect(parseRanges("2022-03..2022-05, 2022-11")).toEqual(["2022-03", "2022-04", "2022-05", "2022-11"]);
    expect(parseRanges(" 2021-12 .. 2022-01 ,2021-12")).toEqual(["2021-12", "2022-01"]);
    expect(parseRanges("")).toEqual([]);
    const months = ["2020-12", "2021-01", "2021-05", "2022-09", "2022-10"];
    expect(parseRanges(toRanges(months))).toEqual(months);
  });

  it("parseRanges throws a clear error on bad input", () => {
    expect(() => parseRanges("2022-13")).toThrow(/2022-13.*YYYY-MM/);
    expect(() => parseRanges("2022-05..2022-03")).toThrow(/start is after end/);
    expect(() => parseRanges("2022-01..2022-02..2022-03")).toThrow(/Bad range/);
    expect(() => parseRanges("2022-01,,2022-02")).toThrow(/Empty range/);
    expect(() => parseRanges("march")).toThrow(RangeError);
  });

  it("parseRanges counts the months before expanding them (finding 4 of issue 11)", () => {
    expect(MAX_RANGE_MONTHS).toBe(1200);
    // one range over ten thousand years: refused from its two ends, never expanded
    expect(() => parseRanges("0000-01..9999-12")).toThrow(TooManyMonthsError);
    expect(() => parseRanges("0000-01..9999-12")).toThrow(/At most 1200 months/);
    // the 20 kB form input of the finding
    const flood = "0000-01..9999-12,".repeat(1200);
    expect(flood.length).toBeGreaterThan(20_000);
    expect(() => parseRanges(flood)).toThrow(TooManyMonthsError);
    // many small ranges that add up: counted as merged intervals
    expect(() => parseRanges(Array.from({ length: 1201 }, (_, i) => formatMonth(24000 + 2 * i)).join(","))).toThrow(/At most 1200 months/);
    // overlapping ranges count once: 1200 distinct months are fine, one more is not
    expect(parseRanges("2000-01..2099-12, 2000-01..2050-12")).toHaveLength(1200);
    expect(() => parseRanges("2000-01..2099-12, 2100-01")).toThrow(TooManyMonthsError);
    expect(parseRanges("2000-01..2000-12", 12)).toHaveLength(12);
    expect(() => parseRanges("2000-01..2000-12", 11)).toThrow(/At most 11 months/);
    expect(() => monthRange("0000-01", "9999-12")).toThrow(TooManyMonthsError);
  });
});
