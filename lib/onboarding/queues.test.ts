import { describe, expect, it } from "vitest";
import { STEP_KEYS } from "./catalogue";
import { CERT_WARNING_DAYS, bitsQueue, expiringCertificates, overdueSteps } from "./queues";
import type { TRecordedStates } from "./types";

const TODAY = "2026-05-15";
const plain = { blpMember: false, hasSupplier: false };
const doneAll = (...open: string[]): TRecordedStates =>
  Object.fromEntries(STEP_KEYS.filter((k) => !open.includes(k)).map((k) => [k, { status: "DONE" as const }]));
const input = (states: TRecordedStates) => ({ profile: plain, states, today: TODAY });

describe("Bits queue", () => {
  it("is empty at the start: nothing is Bits' yet", () => {
    expect(bitsQueue(input({}))).toEqual([]);
  });

  it("lists reviews, the B-4 to initiate and ready BITS steps, in catalogue order", () => {
    const states: TRecordedStates = {
      ...doneAll("B-2", "B-4", "B-5", "B-6", "C-1", "C-2", "C-3", "C-4", "C-7", "D-1", "D-2"),
      "B-2": { status: "AWAITING_REVIEW" },
    };
    expect(bitsQueue(input(states)).map((i) => [i.key, i.reason])).toEqual([["B-2", "REVIEW"]]);

    const afterB2 = { ...states, "B-2": { status: "DONE" as const } };
    expect(bitsQueue(input(afterB2)).map((i) => [i.key, i.reason])).toEqual([["B-4", "INITIATE"]]);

    const afterB4 = { ...afterB2, "B-4": { status: "DONE" as const } };
    expect(bitsQueue(input(afterB4)).map((i) => [i.key, i.reason])).toEqual([
      ["B-5", "BITS_STEP"],
      ["B-6", "BITS_STEP"],
    ]);
  });

  it("drops B-4 once Bits has initiated it, and BITS steps once done", () => {
    const states: TRecordedStates = { ...doneAll("B-4", "B-5", "B-6", "C-1", "C-2", "C-3", "C-4", "C-7", "D-1", "D-2"), "B-4": { status: "IN_PROGRESS" } };
    expect(bitsQueue(input(states)).map((i) => i.key)).toEqual([]);
    expect(bitsQueue(input(doneAll("D-1", "D-2"))).map((i) => i.key)).toEqual(["D-1"]);
    expect(bitsQueue(input(doneAll()))).toEqual([]);
  });
});

describe("overdue steps", () => {
  it("lists open applicable steps whose due date is before today", () => {
    const states: TRecordedStates = {
      "A-1": { status: "IN_PROGRESS", dueDate: "2026-05-14" },
      "A-2": { status: "NOT_STARTED", dueDate: TODAY },
      "A-3": { status: "DONE", dueDate: "2026-01-01" },
      "B-7": { status: "NOT_STARTED", dueDate: "2026-01-01" },
      "B-4": { status: "NOT_STARTED", dueDate: "2026-05-01" },
    };
    expect(overdueSteps(input(states)).map((d) => d.step.key)).toEqual(["A-1", "B-4"]);
  });
});

describe("expiring certificates", () => {
  const withCerts = (...expiresOn: string[]): TRecordedStates => ({
    "A-2": {
      status: "DONE",
      evidence: { certificates: expiresOn.map((e, i) => ({ environment: i % 2 ? "production" : "test", provider: "Buypass", expiresOn: e })) },
    },
  });

  it("warns within 60 days inclusive, not at 61", () => {
    expect(CERT_WARNING_DAYS).toBe(60);
    expect(expiringCertificates({ states: withCerts("2026-07-14"), today: TODAY })).toEqual([
      { index: 0, environment: "test", provider: "Buypass", expiresOn: "2026-07-14", daysLeft: 60, expired: false },
    ]);
    expect(expiringCertificates({ states: withCerts("2026-07-15"), today: TODAY })).toEqual([]);
  });

  it("reports expired certificates, soonest first; the expiry day itself is not yet expired", () => {
    const warnings = expiringCertificates({ states: withCerts("2026-06-01", "2026-05-14", TODAY, "2030-01-01"), today: TODAY });
    expect(warnings.map((w) => [w.index, w.daysLeft, w.expired])).toEqual([
      [1, -1, true],
      [2, 0, false],
      [0, 17, false],
    ]);
  });

  it("ignores malformed entries and missing evidence", () => {
    const states: TRecordedStates = {
      "A-2": { status: "IN_PROGRESS", evidence: { certificates: [{ expiresOn: "soon" }, { environment: "test", expiresOn: "2026-05-20" }] } },
    };
    expect(expiringCertificates({ states, today: TODAY }).map((w) => w.index)).toEqual([1]);
    expect(expiringCertificates({ states: {}, today: TODAY })).toEqual([]);
  });
});
