import { describe, expect, it } from "vitest";
import { compareIso, daysBetween } from "./dates";

describe("compareIso", () => {
  it("orders ISO dates and timestamps by time, with a far-future sentinel last", () => {
    const sorted = ["2026-11-26T10:00:00.000Z", "9999", "2025-01-31", "2026-11-26T09:59:59.999Z", "2026-02-01"].sort(compareIso);
    expect(sorted).toEqual(["2025-01-31", "2026-02-01", "2026-11-26T09:59:59.999Z", "2026-11-26T10:00:00.000Z", "9999"]);
    expect(compareIso("2026-11-26", "2026-11-26")).toBe(0);
  });
});

describe("daysBetween", () => {
  it("counts whole days across a month end, negative backwards", () => {
    expect(daysBetween("2026-11-26", "2026-12-06")).toBe(10);
    expect(daysBetween("2026-12-06", "2026-11-26")).toBe(-10);
  });
});
