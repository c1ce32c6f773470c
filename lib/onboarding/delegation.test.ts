import { describe, expect, it } from "vitest";
import {
  columnComplete,
  DELEGATION_ENVIRONMENTS,
  DELEGATION_GATES,
  DELEGATION_RIGHTS,
  delegationKeyLabel,
  delegationRightName,
  missingDelegationKeys,
  missingDelegations,
  type TDelegationCell,
} from "./delegation";
import { evidenceCompleteness, missingEvidenceFor } from "./evidence";
import { getStep } from "./catalogue";

const supplier = { blpMember: true, hasSupplier: true };
const own = { blpMember: true, hasSupplier: false };
const column = (environment: string, rights = DELEGATION_RIGHTS): TDelegationCell[] => rights.map((right) => ({ right, environment }));

describe("the delegation matrix", () => {
  it("holds the four rights of the guide (names as Altinn shows them) × TT02 and production", () => {
    expect(DELEGATION_RIGHTS.map(delegationRightName)).toEqual([
      "Inntekt API – På vegne av",
      "Inntektsmottakere API",
      "Tjenestepensjonsavtale API",
      "Aa-registeret OTP API",
    ]);
    expect(DELEGATION_ENVIRONMENTS).toEqual(["TT02", "PRODUCTION"]);
  });

  it("a column is complete with all four rights confirmed in it, and only in it", () => {
    expect(columnComplete([], "TT02")).toBe(false);
    expect(missingDelegations(column("TT02", DELEGATION_RIGHTS.slice(1)), "TT02")).toEqual(["INNTEKT_API_PAA_VEGNE_AV"]);
    expect(columnComplete(column("TT02"), "TT02")).toBe(true);
    // the production column is another column
    expect(columnComplete(column("TT02"), "PRODUCTION")).toBe(false);
    expect(columnComplete(column("PRODUCTION"), "TT02")).toBe(false);
    // unknown rights and environments count for nothing
    expect(missingDelegations([...column("TT02", DELEGATION_RIGHTS.slice(1)), { right: "SOMETHING_ELSE", environment: "TT02" }], "TT02")).toHaveLength(1);
  });

  it("B-7 waits for the TT02 column, C-7 for the production column, with a supplier only", () => {
    expect(DELEGATION_GATES).toEqual({ "B-7": "TT02", "C-7": "PRODUCTION" });
    expect(missingDelegationKeys("B-7", supplier, [])).toEqual(DELEGATION_RIGHTS.map((r) => `delegations.TT02.${r}`));
    expect(missingDelegationKeys("B-7", supplier, column("TT02"))).toEqual([]);
    expect(missingDelegationKeys("C-7", supplier, column("TT02"))).toEqual(DELEGATION_RIGHTS.map((r) => `delegations.PRODUCTION.${r}`));
    expect(missingDelegationKeys("C-7", supplier, [...column("TT02"), ...column("PRODUCTION")])).toEqual([]);
    // without a supplier there is nothing to delegate; other steps have no gate
    expect(missingDelegationKeys("C-7", own, [])).toEqual([]);
    expect(missingDelegationKeys("C-4", supplier, [])).toEqual([]);
    // no profile or no cells given: nothing is assumed confirmed
    expect(missingDelegationKeys("B-7", supplier, undefined)).toHaveLength(4);
  });

  it("the gates are part of the evidence check that refuses DONE and sending to Bits", () => {
    expect(missingEvidenceFor("B-7", "DONE", {}, { profile: supplier, delegations: column("TT02", DELEGATION_RIGHTS.slice(0, 3)) })).toEqual(["delegations.TT02.AAREG_OTP_API"]);
    expect(missingEvidenceFor("B-7", "DONE", {}, { profile: supplier, delegations: column("TT02") })).toEqual([]);
    // C-7 (reviewed by Bits): not sent while the production column is open, with its own evidence complete
    const c7 = { confirmationSentOn: "2026-11-01" };
    const sendable = evidenceCompleteness("C-7", c7, { profile: own });
    expect(sendable.complete).toBe(true);
    expect(missingEvidenceFor("C-7", "AWAITING_REVIEW", c7, { profile: supplier, delegations: column("TT02") })).toHaveLength(4);
    expect(missingEvidenceFor("C-7", "AWAITING_REVIEW", c7, { profile: supplier, delegations: [...column("TT02"), ...column("PRODUCTION")] })).toEqual([]);
    // the status change that needs no evidence is not held up
    expect(missingEvidenceFor("B-7", "IN_PROGRESS", {}, { profile: supplier })).toEqual([]);
  });

  it("the test steps wait for B-7, so the TT02 column is complete before testing", () => {
    expect(getStep("C-3").prerequisites).toContain("B-7");
    expect(getStep("C-4").prerequisites).toContain("C-3");
    expect(getStep("B-7").applicability).toBe("SUPPLIER_ONLY");
  });

  it("names a missing cell in words", () => {
    expect(delegationKeyLabel("delegations.TT02.INNTEKT_API_PAA_VEGNE_AV", "nb")).toBe("Altinn-delegering · Test (TT02) · Inntekt API – På vegne av");
    expect(delegationKeyLabel("delegations.PRODUCTION.AAREG_OTP_API", "en")).toBe("Altinn delegation · Production · Aa-registeret OTP API");
    expect(delegationKeyLabel("certificates.production", "nb")).toBeNull();
  });
});
