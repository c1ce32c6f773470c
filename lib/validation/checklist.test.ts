import { describe, expect, it } from "vitest";
import { evidenceFields } from "../onboarding";
import { evidenceFromFormData, ZOverviewFilterSchema, ZUpdateStepSchema } from "./checklist";

const form = (entries: [string, string][]) => {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
};

describe("evidenceFromFormData", () => {
  it("keeps the saved evidence when the form had no evidence inputs", () => {
    expect(evidenceFromFormData(evidenceFields("A-2"), form([["ev.note", "x"]]))).toBeUndefined();
  });

  it("reads list rows in order, skipping removed indexes, with checkboxes as booleans", () => {
    const fd = form([
      ["ev.__present", "1"],
      ["ev.certificates.0.environment", "test"], ["ev.certificates.0.provider", "Buypass"], ["ev.certificates.0.expiresOn", "2027-01-01"],
      ["ev.certificates.2.environment", "production"], ["ev.certificates.2.provider", ""], ["ev.certificates.2.reused", "on"],
      ["ev.note", "hei"],
    ]);
    expect(evidenceFromFormData(evidenceFields("A-2"), fd)).toEqual({
      certificates: [
        { environment: "test", provider: "Buypass", expiresOn: "2027-01-01", reused: false },
        { environment: "production", provider: undefined, expiresOn: undefined, reused: true },
      ],
      note: "hei",
    });
  });

  it("reads multi-choices as arrays and unchecked yes/no as false", () => {
    const fd = form([["ev.__present", "1"], ["ev.scopes", "skatteetaten:inntekt"], ["ev.scopes", "nav:aareg/v1/arbeidsforhold/otp"]]);
    expect(evidenceFromFormData(evidenceFields("B-6"), fd)).toMatchObject({ scopes: ["skatteetaten:inntekt", "nav:aareg/v1/arbeidsforhold/otp"] });
    expect(evidenceFromFormData(evidenceFields("B-8"), form([["ev.__present", "1"]]))).toMatchObject({ keyObtained: false });
  });
});

describe("checklist schemas", () => {
  it("treats a blank due date as clearing it and a blank status as no change", () => {
    expect(ZUpdateStepSchema.parse({ expectedVersion: "3", status: "", dueDate: "", reason: " " })).toEqual({ expectedVersion: 3, dueDate: null });
    expect(ZUpdateStepSchema.safeParse({ expectedVersion: "1", dueDate: "31.02.2026" }).success).toBe(false);
    // typed the Norwegian way (the date field is a text field in the page's format)
    expect(ZUpdateStepSchema.parse({ expectedVersion: "1", dueDate: "31.12.2026" }).dueDate).toBe("2026-12-31");
    expect(ZUpdateStepSchema.safeParse({ expectedVersion: "1", status: "FINISHED" }).success).toBe(false);
  });

  it("reads the overview filters from a query string", () => {
    expect(ZOverviewFilterSchema.parse({ stale: "on", sort: "", q: " " })).toEqual({ stale: true, overdue: false, thirdParty: false, waitingOnBits: false, sort: "name", page: 1 });
  });
});
