// Every expectation below is computed by hand from the histories written out in the test.
import { describe, expect, it } from "vitest";
import {
  computeInsights,
  forecastProduction,
  forecastSteps,
  funnel,
  lastMonths,
  median,
  monthlyTrend,
  parseTransitions,
  percentile,
  phaseCounts,
  phaseTimeline,
  quarterOf,
  slipDays,
  stepDuration,
  stepRecord,
  workingDaysBetween,
  type TStepRecord,
} from ".";

const at = (day: string) => `${day}T00:00:00.000Z`;
const rec = (institutionId: string, stepKey: string, startedAt: string | null, closedAt: string | null, done = true, waits: TStepRecord["waits"] = []): TStepRecord => ({
  institutionId, stepKey, startedAt: startedAt && at(startedAt), closedAt: closedAt && at(closedAt), done: closedAt !== null && done, waits,
});

describe("median and percentiles", () => {
  it("interpolate between the nearest ranks", () => {
    expect(median([1, 3, 2, 10])).toBe(2.5);
    expect(percentile([1, 3, 2, 10], 90)).toBeCloseTo(7.9, 10);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNull();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe("working days in Norway", () => {
  it("skip weekends and public holidays (Easter 2026)", () => {
    // 2.4 Skjærtorsdag, 3.4 Langfredag, 4–5.4 weekend, 6.4 Andre påskedag: only 7.4 and 8.4 count
    expect(workingDaysBetween("2026-04-01", "2026-04-08")).toBe(2);
    // Friday to Monday: one working day
    expect(workingDaysBetween("2026-11-27", "2026-11-30")).toBe(1);
    // 17 May 2027 is a Monday and a public holiday
    expect(workingDaysBetween("2027-05-14", "2027-05-18")).toBe(1);
    expect(workingDaysBetween("2026-05-05", "2026-05-05")).toBe(0);
    expect(workingDaysBetween("2026-05-06", "2026-05-05")).toBe(0);
  });
});

describe("a step's record from its history", () => {
  it("starts at the first change, closes at DONE, and collects the waits on Bits", () => {
    // B-2: started 1.1, sent 5.1, returned 8.1, sent again 10.1, approved 11.1
    const r = stepRecord("X", "B-2", parseTransitions(
      ["IN_PROGRESS@" + Date.parse(at("2026-01-01")), "DONE@" + Date.parse(at("2026-01-11")), "AWAITING_REVIEW@" + Date.parse(at("2026-01-05")),
        "IN_PROGRESS@" + Date.parse(at("2026-01-08")), "AWAITING_REVIEW@" + Date.parse(at("2026-01-10"))].join(","),
    ));
    expect(r.startedAt).toBe(at("2026-01-01"));
    expect(r.closedAt).toBe(at("2026-01-11"));
    expect(r.done).toBe(true);
    expect(stepDuration(r)).toBe(10);
    expect(r.waits).toEqual([
      { status: "AWAITING_REVIEW", from: at("2026-01-05"), to: at("2026-01-08") },
      { status: "AWAITING_REVIEW", from: at("2026-01-10"), to: at("2026-01-11") },
    ]);
  });

  it("a step reopened after DONE is not closed; NOT_APPLICABLE closes without a duration", () => {
    const reopened = stepRecord("X", "A-1", [{ at: at("2026-01-01"), status: "DONE" }, { at: at("2026-01-03"), status: "IN_PROGRESS" }]);
    expect(reopened.closedAt).toBeNull();
    expect(stepDuration(reopened)).toBeNull();
    const na = stepRecord("X", "B-7", [{ at: at("2026-01-01"), status: "NOT_APPLICABLE" }]);
    expect(na.closedAt).toBe(at("2026-01-01"));
    expect(stepDuration(na)).toBeNull();
  });
});

describe("the forecast", () => {
  // today 1.3.2026. B-1 under way since 20.2 (9 days), median 30 from 3 examples: 21 days left.
  // B-2 needs B-1; only 2 examples, so the guide's default of 14 days: starts day 21, ends day 35.
  // B-3 is free, median 5 from 4 examples: ends day 5. Production: 1.3 + 35 days = 5.4.2026.
  const history = { "B-1": { median: 30, n: 3 }, "B-2": { median: 2, n: 2 }, "B-3": { median: 5, n: 4 } };
  const open = [
    { key: "B-1", prerequisites: [], startedOn: "2026-02-20" },
    { key: "B-2", prerequisites: ["B-1"], startedOn: null },
    { key: "B-3", prerequisites: ["A-1"], startedOn: null },
  ];
  it("adds the open steps' medians along the longest chain, defaults where history is thin", () => {
    expect(forecastSteps("2026-03-01", open, history)).toEqual({ "B-1": "2026-03-22", "B-2": "2026-04-05", "B-3": "2026-03-06" });
    expect(forecastProduction("2026-03-01", open, history)).toBe("2026-04-05");
    expect(slipDays("2026-04-01", "2026-04-05")).toBe(4);
    expect(slipDays(null, "2026-04-05")).toBeNull();
  });
  it("a step overrunning its median has at least a day left; nothing open means no forecast", () => {
    expect(forecastProduction("2026-03-01", [{ key: "B-1", prerequisites: [], startedOn: "2025-12-01" }], history)).toBe("2026-03-02");
    expect(forecastProduction("2026-03-01", [], history)).toBeNull();
  });
});

describe("insights from the history", () => {
  // X: A-1 1.1→11.1 (10 d), A-2 2.1→22.1 (20 d); phase A 1.1→22.1 = 21 d.
  // Y: A-1 1.2→5.2 (4 d), A-2 not applicable 3.2; phase A 1.2→5.2 = 4 d.
  // Z: A-1 started 1.3, open (phase A not done).
  // B-2 of X waited on Bits 5.1→8.1 (3 d) and 10.1→11.1 (1 d), both in 2026-Q1.
  const records = [
    rec("X", "A-1", "2026-01-01", "2026-01-11"),
    rec("X", "A-2", "2026-01-02", "2026-01-22"),
    rec("Y", "A-1", "2026-02-01", "2026-02-05"),
    rec("Y", "A-2", "2026-02-01", "2026-02-03", false),
    rec("Z", "A-1", "2026-03-01", null),
    rec("X", "B-2", "2026-01-01", null, false, [
      { status: "AWAITING_REVIEW", from: at("2026-01-05"), to: at("2026-01-08") },
      { status: "AWAITING_REVIEW", from: at("2026-01-10"), to: at("2026-01-11") },
      { status: "BLOCKED", from: at("2026-01-12"), to: null },
    ]),
  ];
  // sent 5.1 decided 8.1 (3 d, Q1); 30.3→2.4 (3 d, Q2); 1.4→11.4 (10 d, Q2); one still open
  const rounds = [
    { stepKey: "B-2", sentAt: at("2026-01-05"), decidedAt: at("2026-01-08") },
    { stepKey: "B-2", sentAt: at("2026-03-30"), decidedAt: at("2026-04-02") },
    { stepKey: "C-4", sentAt: at("2026-04-01"), decidedAt: at("2026-04-11") },
    { stepKey: "C-4", sentAt: at("2026-04-20"), decidedAt: null },
  ];
  const insights = computeInsights({ records, rounds, stepOrder: ["A-1", "A-2", "B-2"], phaseDone: (id, phase) => phase === "A" && id !== "Z" });

  it("per step and per phase: median and 90th percentile of the finished ones", () => {
    expect(insights.steps).toEqual([
      { key: "A-1", n: 2, median: 7, p90: 9.4 },
      { key: "A-2", n: 1, median: 20, p90: 20 },
      { key: "B-2", n: 0, median: null, p90: null },
    ]);
    expect(insights.phases[0]).toEqual({ phase: "A", n: 2, median: 12.5, p90: 19.3 });
    expect(insights.phases[1]).toEqual({ phase: "B", n: 0, median: null, p90: null });
  });
  it("Bits' review turnaround per quarter of the decision", () => {
    expect(insights.reviewTurnaround).toEqual([
      { quarter: "2026-Q1", n: 1, median: 3, p90: 3 },
      { quarter: "2026-Q2", n: 2, median: 6.5, p90: 9.3 },
    ]);
    expect(insights.reviewTurnaroundAll).toEqual({ n: 3, median: 3, p90: 8.6 });
  });
  it("the longest waits per quarter count finished waits only", () => {
    expect(insights.longestWaits).toEqual([{ quarter: "2026-Q1", key: "B-2", n: 2, median: 2, p90: 2.8, total: 4 }]);
    expect(insights.quarters).toEqual(["2026-Q1", "2026-Q2"]);
  });
});

describe("funnel and trend", () => {
  it("counts institutions per phase and how far they came", () => {
    const items = [
      { phase: "A" as const, productionOn: null, createdOn: "2025-01-01" },
      { phase: "B" as const, productionOn: null, createdOn: "2025-01-01" },
      { phase: "C" as const, productionOn: null, createdOn: "2025-01-01" },
      { phase: "DONE" as const, productionOn: "2025-06-10", createdOn: "2025-01-01" },
      { phase: "D" as const, productionOn: null, createdOn: "2025-01-01" },
    ];
    expect(phaseCounts(items)).toEqual({ A: 1, B: 1, C: 1, D: 1, DONE: 1 });
    expect(funnel(items).map((s) => s.count)).toEqual([5, 4, 3, 2, 1]);
  });
  it("per month: reached production, and active at the month's end", () => {
    const items = [
      { phase: "DONE" as const, productionOn: "2026-11-15", createdOn: "2026-09-01" },
      { phase: "B" as const, productionOn: null, createdOn: "2026-11-20" },
      { phase: "A" as const, productionOn: null, createdOn: "2026-12-01" },
    ];
    expect(monthlyTrend(items, "2026-12-01", 3)).toEqual([
      { month: "2026-10", production: 0, active: 1 },
      { month: "2026-11", production: 1, active: 1 },
      { month: "2026-12", production: 0, active: 2 },
    ]);
  });
  it("quarters and months", () => {
    expect(quarterOf("2026-04-02T10:00:00Z")).toBe("2026-Q2");
    expect(quarterOf("2026-12-31")).toBe("2026-Q4");
    expect(lastMonths("2026-02-15", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
  });
});

describe("an institution's phase timeline", () => {
  it("actual from the history for finished phases, planned and forecast for open ones", () => {
    const bars = phaseTimeline({
      records: [rec("X", "A-1", "2026-01-01", "2026-01-11"), rec("X", "A-2", "2026-01-02", "2026-01-22"), rec("X", "B-1", "2026-01-25", null)],
      open: [{ key: "B-1", dueDate: "2026-03-01", forecast: "2026-03-10" }, { key: "B-2", dueDate: null, forecast: "2026-04-01" }, { key: "C-1", dueDate: null, forecast: "2026-05-01" }],
      phaseDone: (p) => p === "A",
    });
    expect(bars[0]).toEqual({ phase: "A", actualStart: "2026-01-01", actualEnd: "2026-01-22", plannedEnd: null, forecastEnd: null });
    expect(bars[1]).toEqual({ phase: "B", actualStart: "2026-01-25", actualEnd: null, plannedEnd: "2026-03-01", forecastEnd: "2026-04-01" });
    expect(bars[2]).toEqual({ phase: "C", actualStart: null, actualEnd: null, plannedEnd: null, forecastEnd: "2026-05-01" });
  });
});
