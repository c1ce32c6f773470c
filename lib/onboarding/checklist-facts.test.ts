import { describe, expect, it } from "vitest";
import { changedChecklistFacts, proposedFacts } from "./checklist-facts";

const base = { orgnr: "974760673", blpMember: false, supplierOrgnr: null, supplierName: null };

describe("checklist facts", () => {
  it("names the facts that changed, blank and null alike", () => {
    expect(changedChecklistFacts(base, { ...base })).toEqual([]);
    expect(changedChecklistFacts(base, { ...base, supplierName: "" })).toEqual([]);
    expect(changedChecklistFacts(base, { ...base, blpMember: true, supplierOrgnr: "999999999", supplierName: "Lev AS" })).toEqual(["blpMember", "supplierOrgnr", "supplierName"]);
  });
  it("proposes only the changed values", () => {
    expect(proposedFacts(base, { ...base, orgnr: "123456785" })).toEqual({ orgnr: "123456785" });
    expect(proposedFacts({ ...base, supplierOrgnr: "999999999", supplierName: "Lev AS" }, base)).toEqual({ supplierOrgnr: null, supplierName: null });
  });
});
