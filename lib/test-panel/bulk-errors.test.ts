import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import nb from "../../messages/nb/testPanel.json";
import en from "../../messages/en/testPanel.json";
import { BulkCollector, readHeader } from "@/lib/rules";
import { runBulk } from "./bulk-run";
import { BULK_TEMPLATE_CSV, bulkErrorMessage } from "./bulk-errors";

const row = (r: Partial<Record<"opplysningspliktig" | "type" | "maaned" | "fraOgMed" | "tilOgMed" | "avtalereferanse", string>>) =>
  ({ line: 2, opplysningspliktig: "", type: "", ...r });

/** Every reason lib/rules gives for a bad row or file, produced by the real code. */
async function reasons(): Promise<string[]> {
  const c = new BulkCollector();
  const out = [
    c.addRow(row({ type: "employer-month" })),
    c.addRow(row({ opplysningspliktig: "123", type: "employer-month" })),
    c.addRow(row({ opplysningspliktig: "974760673", type: "employer-month" })),
    c.addRow(row({ opplysningspliktig: "974760673", type: "employer-month", maaned: "2022-13" })),
    c.addRow(row({ opplysningspliktig: "974760673", type: "agreement", fraOgMed: "" })),
    c.addRow(row({ opplysningspliktig: "974760673", type: "agreement", fraOgMed: "2022-05", tilOgMed: "2022-03", avtalereferanse: "a" })),
    c.addRow(row({ opplysningspliktig: "974760673", type: "agreement", fraOgMed: "2022-03", tilOgMed: "x" })),
    c.addRow(row({ opplysningspliktig: "974760673", type: "agreement", fraOgMed: "2022-03" })),
    c.addRow(row({ opplysningspliktig: "974760673", type: "agreement", fraOgMed: "2022-03", avtalereferanse: "x".repeat(4001) })),
    c.addRow(row({ opplysningspliktig: "974760673", type: "lønn" })),
    c.addRow(row({ opplysningspliktig: "974760673" })),
    readHeader(["opplysningspliktig", "type"]) as string,
  ];
  const file = async (text: string) => {
    const m = await runBulk(new Blob([text]).stream(), text.length, () => {});
    return m.type === "fatal" ? m.reason : "";
  };
  out.push(await file(""), await file("a,b\n1,2\n"));
  return out.filter((r): r is string => typeof r === "string" && r !== "");
}

describe("bulkErrorMessage", () => {
  it("recognises every reason the rule engine gives, and says it in nb and en", async () => {
    const all = await reasons();
    expect(all.length).toBe(14);
    for (const reason of all) {
      const m = bulkErrorMessage(reason);
      expect(m.key, reason).not.toBe("other");
      for (const [locale, messages] of [["nb", nb], ["en", en]] as const) {
        const t = createTranslator({ locale, messages: { testPanel: messages }, namespace: "testPanel.bulk.errors" });
        const text = t(m.key as never, m.values as never);
        expect(text, `${locale}: ${reason}`).not.toMatch(/^testPanel/);
        if (locale === "nb") expect(text, reason).not.toMatch(/\b(bad|missing field|expected|header must)\b/);
      }
    }
  });

  it("says which value and column were wrong", () => {
    expect(bulkErrorMessage('bad org number "123"')).toEqual({ key: "badOrgnr", values: { value: "123" } });
    expect(bulkErrorMessage('bad month "2022-13" in maaned (expected YYYY-MM, month 01–12)')).toEqual({ key: "badMonth", values: { value: "2022-13", field: "maaned" } });
  });

  it("keeps an unknown reason readable inside a translated frame", () => {
    expect(bulkErrorMessage("disk on fire")).toEqual({ key: "other", values: { reason: "disk on fire" } });
  });
});

describe("BULK_TEMPLATE_CSV", () => {
  it("is a file the bulk check reads without errors", async () => {
    const m = await runBulk(new Blob([BULK_TEMPLATE_CSV]).stream(), BULK_TEMPLATE_CSV.length, () => {});
    expect(m).toMatchObject({ type: "done", errorCount: 0, rows: 7 });
    if (m.type === "done") expect(m.items[0]).toMatchObject({ opplysningspliktig: "974760673", avtaleforhold: "2022-03..2022-05, 2022-09..2022-10" });
  });
});
