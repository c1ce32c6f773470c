import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldValue, mergeFields, mergeStep, resolveMerge, sameValue, type TStepValues } from "./merge-step";

const base: TStepValues = { status: "IN_PROGRESS", dueDate: null, reason: null, evidence: { note: "", doneOn: "2026-11-01" } };

describe("mergeStep", () => {
  it("keeps their due date and note when I changed only another field (the reported case)", () => {
    const theirs = { ...base, dueDate: "2026-12-15", evidence: { ...base.evidence, note: "Ringte NAV" } };
    const mine = { ...base, evidence: { ...base.evidence, doneOn: "2026-11-20" } };
    const { merged, conflicts } = mergeStep(base, theirs, mine);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual({ ...base, dueDate: "2026-12-15", evidence: { note: "Ringte NAV", doneOn: "2026-11-20" } });
  });

  it("names a field both changed differently as a conflict, holding theirs until chosen", () => {
    const theirs = { ...base, dueDate: "2026-12-15" };
    const mine = { ...base, dueDate: "2026-12-01" };
    const result = mergeStep(base, theirs, mine);
    expect(result.conflicts).toEqual([{ field: "dueDate", base: null, theirs: "2026-12-15", mine: "2026-12-01" }]);
    expect(result.merged.dueDate).toBe("2026-12-15");
    expect(resolveMerge(result, { dueDate: "mine" }).dueDate).toBe("2026-12-01");
    expect(resolveMerge(result, { dueDate: "theirs" }).dueDate).toBe("2026-12-15");
  });

  it("is no conflict when both made the same change", () => {
    const theirs = { ...base, status: "BLOCKED" as const, reason: "Venter på NAV" };
    const { merged, conflicts } = mergeStep(base, theirs, { ...theirs });
    expect(conflicts).toEqual([]);
    expect(merged).toEqual(theirs);
  });

  it("treats empty values alike (an untouched checkbox sent as false is no change)", () => {
    const theirs = { ...base, evidence: { ...base.evidence, tt02Access: true } };
    const mine = { ...base, evidence: { ...base.evidence, tt02Access: false, note: undefined } };
    expect(mergeStep(base, theirs, mine)).toEqual({ merged: theirs, conflicts: [] });
    expect(sameValue(undefined, "")).toBe(true);
    expect(sameValue([], null)).toBe(true);
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameValue("a", "b")).toBe(false);
  });
});

// values drawn from a small set, so sides often agree, disagree and go empty
const value = fc.constantFrom<unknown>(undefined, "", "a", "b", true, false, ["x"], ["y"], "2026-12-01");
const status = fc.constantFrom("NOT_STARTED", "IN_PROGRESS", "BLOCKED", "DONE") as fc.Arbitrary<TStepValues["status"]>;
const values: fc.Arbitrary<TStepValues> = fc.record({
  status,
  dueDate: fc.constantFrom(null, "2026-12-01", "2026-12-24"),
  reason: fc.constantFrom(null, "r1", "r2"),
  evidence: fc.dictionary(fc.constantFrom("note", "doneOn", "flag", "list"), value),
});

describe("mergeStep properties", () => {
  it("never drops a change only one side made, and conflicts only where both changed differently", () => {
    fc.assert(
      fc.property(values, values, values, (b, t, m) => {
        const { merged, conflicts } = mergeStep(b, t, m);
        const conflicting = new Set(conflicts.map((c) => c.field));
        for (const f of mergeFields(b, t, m)) {
          const [vb, vt, vm, out] = [fieldValue(b, f), fieldValue(t, f), fieldValue(m, f), fieldValue(merged, f)];
          const mineChanged = !sameValue(vb, vm);
          const theirsChanged = !sameValue(vb, vt);
          if (mineChanged && !theirsChanged) expect(sameValue(out, vm)).toBe(true);
          if (theirsChanged && !mineChanged) expect(sameValue(out, vt)).toBe(true);
          if (!mineChanged && !theirsChanged) expect(sameValue(out, vb)).toBe(true);
          expect(conflicting.has(f)).toBe(mineChanged && theirsChanged && !sameValue(vt, vm));
          // whichever side the user picks, a conflicting field ends on a value someone chose
          if (conflicting.has(f)) {
            expect(sameValue(fieldValue(resolveMerge({ merged, conflicts }, { [f]: "mine" }), f), vm)).toBe(true);
            expect(sameValue(fieldValue(resolveMerge({ merged, conflicts }, { [f]: "theirs" }), f), vt)).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("merging with nothing changed on one side gives the other side", () => {
    fc.assert(
      fc.property(values, values, (b, m) => {
        expect(mergeStep(b, b, m).conflicts).toEqual([]);
        const fromMine = mergeStep(b, b, m).merged;
        const fromTheirs = mergeStep(b, m, b).merged;
        for (const f of mergeFields(b, m)) {
          expect(sameValue(fieldValue(fromMine, f), fieldValue(m, f))).toBe(true);
          expect(sameValue(fieldValue(fromTheirs, f), fieldValue(m, f))).toBe(true);
        }
      }),
    );
  });
});
