import { describe, expect, it } from "vitest";
import { EXAMPLES, EXAMPLE_ORGNR } from "../test-panel/scenario";
import { decodeScenario, encodeScenario } from "../test-panel/scenario-url";
import { ZSandboxEmployerLoadSchema, ZTestScenarioSaveFormSchema, ZTestScenarioSchema } from "./test-scenario";

const valid = { orgnr: EXAMPLE_ORGNR, months: ["2022-03", "2022-11"], agreements: [{ avtalereferanse: "avtale-1", fraOgMed: "2022-03", tilOgMed: "2022-11" }] };

describe("ZTestScenarioSchema", () => {
  it("accepts the documented examples and whatever the URL codec reads back", () => {
    for (const ex of EXAMPLES) {
      expect(ZTestScenarioSchema.parse(ex)).toEqual(ex);
      const withQuery = { ...ex, query: { fraOgMed: "2022-01", tilOgMed: "2022-12" } };
      expect(ZTestScenarioSchema.parse(decodeScenario(encodeScenario(withQuery)).scenario)).toEqual(withQuery);
    }
    expect(ZTestScenarioSchema.parse({ orgnr: "", months: [], agreements: [] })).toEqual({ orgnr: "", months: [], agreements: [] });
  });

  it.each([
    ["a bad org number", { ...valid, orgnr: "123456789" }],
    ["months out of order", { ...valid, months: ["2022-11", "2022-03"] }],
    ["a repeated month", { ...valid, months: ["2022-03", "2022-03"] }],
    ["a bad month", { ...valid, months: ["2022-13"] }],
    ["too many months", { ...valid, months: Array.from({ length: 1201 }, (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`) }],
    ["tilOgMed before fraOgMed", { ...valid, agreements: [{ avtalereferanse: "a", fraOgMed: "2022-05", tilOgMed: "2022-03" }] }],
    ["a repeated avtalereferanse", { ...valid, agreements: [{ avtalereferanse: "a", fraOgMed: "2022-01" }, { avtalereferanse: "a", fraOgMed: "2022-02" }] }],
    ["a query ending before it starts", { ...valid, query: { fraOgMed: "2022-05", tilOgMed: "2022-01" } }],
    ["an unknown member", { ...valid, extra: 1 }],
    ["a missing member", { orgnr: "", months: [] }],
  ])("refuses %s", (_label, input) => {
    expect(ZTestScenarioSchema.safeParse(input).success).toBe(false);
  });
});

describe("ZTestScenarioSaveFormSchema", () => {
  it("reads the scenario from JSON text, trims the name and reads the overwrite flag", () => {
    const r = ZTestScenarioSaveFormSchema.parse({ name: "  Eksempel 2 ", scenario: JSON.stringify(valid), overwrite: "on" });
    expect(r).toEqual({ name: "Eksempel 2", scenario: valid, overwrite: true });
    expect(ZTestScenarioSaveFormSchema.parse({ name: "x", scenario: JSON.stringify(valid) }).overwrite).toBe(false);
  });

  it("names the field of each problem with a translation key", () => {
    const r = ZTestScenarioSaveFormSchema.safeParse({ name: " ", scenario: "{ikke json" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["name", "nameRequired"], ["scenario", "scenario"]]);
    const long = ZTestScenarioSaveFormSchema.safeParse({ name: "x".repeat(101), scenario: JSON.stringify({ ...valid, orgnr: "1" }) });
    expect(long.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["name", "nameTooLong"], ["scenario", "scenario"]]);
  });
});

it("ZSandboxEmployerLoadSchema wants a valid org number", () => {
  expect(ZSandboxEmployerLoadSchema.parse({ opplysningspliktig: ` ${EXAMPLE_ORGNR} ` })).toEqual({ opplysningspliktig: EXAMPLE_ORGNR });
  expect(ZSandboxEmployerLoadSchema.safeParse({ opplysningspliktig: "974760674" }).error?.issues[0].message).toBe("orgnr");
});
