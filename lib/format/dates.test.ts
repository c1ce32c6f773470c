import { describe, expect, it } from "vitest";
import { formatDate, formatDateInput, formatDateTime, formatTime, normalizeDateInput, osloParts, parseDateInput } from "./dates";

describe("formatDateTime", () => {
  it("writes an instant in Oslo time, one format per language", () => {
    expect(formatDateTime("2026-11-30T14:39:00Z", "nb")).toBe("30. nov. 2026 kl. 15:39");
    expect(formatDateTime("2026-11-30T14:39:00Z", "en")).toBe("30 Nov 2026, 15:39");
    expect(formatDateTime(new Date("2026-11-30T14:39:00Z"), "nb")).toBe("30. nov. 2026 kl. 15:39");
  });
  it("uses summer time (UTC+2) after the spring change and winter time before it", () => {
    // 2026-03-29 01:00 UTC: clocks in Oslo go from 02:00 to 03:00
    expect(formatDateTime("2026-03-29T00:59:00Z", "nb")).toBe("29. mars 2026 kl. 01:59");
    expect(formatDateTime("2026-03-29T01:00:00Z", "nb")).toBe("29. mars 2026 kl. 03:00");
    // 2026-10-25 01:00 UTC: clocks go back from 03:00 to 02:00
    expect(formatDateTime("2026-10-25T00:30:00Z", "en")).toBe("25 Oct 2026, 02:30");
    expect(formatDateTime("2026-10-25T01:30:00Z", "en")).toBe("25 Oct 2026, 02:30");
  });
  it("shows a late UTC evening as the next day in Oslo", () => {
    expect(formatDateTime("2026-12-31T23:30:00Z", "nb")).toBe("1. jan. 2027 kl. 00:30");
    expect(formatDate("2026-12-31T23:30:00Z", "en")).toBe("1 Jan 2027");
    expect(formatDate(new Date("2026-06-30T22:15:00Z"), "nb")).toBe("1. juli 2026");
  });
  it("writes midnight as 00:00, never 24:00", () => {
    expect(formatTime("2026-11-30T23:00:00Z", "nb")).toBe("00:00");
  });
  it("returns what it cannot read unchanged", () => {
    expect(formatDateTime("not a date", "nb")).toBe("not a date");
    expect(formatDate("2026-13-45", "en")).toBe("2026-13-45");
  });
});

describe("formatDate", () => {
  it("shows a calendar day as that day, whatever the time zone", () => {
    expect(formatDate("2026-11-30", "nb")).toBe("30. nov. 2026");
    expect(formatDate("2026-11-30", "en")).toBe("30 Nov 2026");
    expect(formatDate("2027-01-01", "nb")).toBe("1. jan. 2027");
  });
});

describe("osloParts", () => {
  it("gives Oslo's wall clock", () => {
    expect(osloParts(new Date("2026-12-31T23:30:00Z"))).toEqual({ year: 2027, month: 1, day: 1, hour: 0, minute: 30, second: 0 });
    expect(osloParts(new Date("2026-07-01T10:00:05Z"))).toEqual({ year: 2026, month: 7, day: 1, hour: 12, minute: 0, second: 5 });
  });
});

describe("date inputs", () => {
  it("reads a date written the Norwegian way, with other separators, or as ISO", () => {
    expect(parseDateInput("30.11.2026")).toBe("2026-11-30");
    expect(parseDateInput(" 1.2.2026 ")).toBe("2026-02-01");
    expect(parseDateInput("30/11/2026")).toBe("2026-11-30");
    expect(parseDateInput("30-11-2026")).toBe("2026-11-30");
    expect(parseDateInput("2026-11-30")).toBe("2026-11-30");
    expect(parseDateInput("29.02.2028")).toBe("2028-02-29");
  });

  it("refuses what is not a real calendar day", () => {
    for (const bad of ["31.02.2026", "29.02.2027", "31.13.2026", "00.01.2026", "30.11.26", "11/30/2026", "2026-1-5", "i morgen", "", "30.11.2026x"]) {
      expect(parseDateInput(bad), bad).toBeNull();
    }
  });

  it("shows an ISO day as dd.mm.yyyy and leaves anything else as typed", () => {
    expect(formatDateInput("2026-02-01")).toBe("01.02.2026");
    expect(formatDateInput("30.1")).toBe("30.1");
    expect(formatDateInput("2026-02-30")).toBe("2026-02-30");
    expect(formatDateInput("")).toBe("");
  });

  it("normalises for schemas: typed dates to ISO, the rest untouched", () => {
    expect(normalizeDateInput("30.11.2026")).toBe("2026-11-30");
    expect(normalizeDateInput("31.02.2026")).toBe("31.02.2026");
    expect(normalizeDateInput(null)).toBeNull();
    expect(normalizeDateInput(undefined)).toBeUndefined();
  });
});
