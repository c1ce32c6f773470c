import { describe, expect, it } from "vitest";
import enChecklist from "../../messages/en/checklist.json";
import enSandbox from "../../messages/en/sandbox.json";
import nbChecklist from "../../messages/nb/checklist.json";
import nbSandbox from "../../messages/nb/sandbox.json";
import { MAX_EVIDENCE_ITEMS } from "../onboarding/evidence-primitives";
import { MAX_RANGE_MONTHS } from "../rules";
import { ZSandboxEmployerFormSchema } from "./sandbox";

describe("the sandbox employer form (finding 4 of issue 11)", () => {
  it("refuses the 20 kB ranges flood with a clear error, without expanding it", () => {
    const ranges = "0000-01..9999-12,".repeat(1176);
    expect(ranges.length).toBeLessThanOrEqual(20_000);
    const r = ZSandboxEmployerFormSchema.safeParse({ opplysningspliktig: "974760673", ranges });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["ranges", "rangesTooMany"]]);
  });

  it("still takes 1200 months, and names a malformed range as such", () => {
    expect(ZSandboxEmployerFormSchema.parse({ opplysningspliktig: "974760673", ranges: "2000-01..2099-12" }).ranges).toHaveLength(1200);
    const r = ZSandboxEmployerFormSchema.safeParse({ opplysningspliktig: "974760673", ranges: "2022-13" });
    expect(r.error!.issues.map((i) => i.message)).toEqual(["ranges"]);
  });

  it("the messages name the limits the code enforces", () => {
    for (const messages of [nbSandbox, enSandbox]) expect(messages.errors.rangesTooMany).toContain(String(MAX_RANGE_MONTHS));
    for (const messages of [nbChecklist, enChecklist]) expect(messages.form.errors.tooMany).toContain(String(MAX_EVIDENCE_ITEMS));
  });
});
