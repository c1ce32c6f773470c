// Every audit action the code writes has a sentence in both languages: the test finds the
// actions in the source (recordAudit calls and the seed's audit rows), so a new kind without a
// sentence fails here instead of showing up in the audit trail as a generic line.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_FIELDS, AUDIT_SENTENCE_KEYS, DENIED_WHAT, KNOWN_AUDIT_ACTIONS, messageKey, UNKNOWN_SENTENCE_KEY } from "@/lib/onboarding/audit-sentence";
import { ACTIONS } from "@/lib/onboarding/permissions";

const root = path.resolve(__dirname, "..");
const messages = (locale: string) => JSON.parse(fs.readFileSync(path.join(root, "messages", locale, "audit.json"), "utf8"));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "generated" || d.name === "node_modules" ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [rel] : [];
  });
}

/** The string literals an `action:` takes in every recordAudit(…) call and seed audit row. */
export function auditActionsInSource(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sourceFiles("lib"), ...sourceFiles("app"), ...sourceFiles("prisma/seed")]) {
    const src = fs.readFileSync(path.join(root, file), "utf8");
    for (const call of src.matchAll(/(?:recordAudit\(|auditEvent\.create\()/g)) {
      const body = src.slice(call.index, call.index + 800);
      const action = /\baction:\s*([^,\n}]+)/.exec(body);
      if (!action) continue;
      for (const lit of action[1].matchAll(/"([A-Za-z][\w.-]*)"/g)) found.set(lit[1], file);
    }
  }
  return found;
}

describe("audit sentences", () => {
  const inSource = auditActionsInSource();

  it("finds the actions the code writes", () => {
    // a few that must be there, so a broken search cannot pass by finding nothing
    for (const a of ["step.update", "step.comment", "access.denied", "user.sign-in", "user.disable", "user.enable"]) expect(inSource.has(a), a).toBe(true);
  });

  it("knows a sentence for every action the code writes", () => {
    const missing = [...inSource.keys()].filter((a) => !(KNOWN_AUDIT_ACTIONS as string[]).includes(a));
    expect(missing, `audit actions without a sentence (add them to AUDIT_SENTENCE_KEYS): ${missing.map((m) => `${m} (${inSource.get(m)})`).join(", ")}`).toEqual([]);
  });

  for (const locale of ["nb", "en"]) {
    it(`has every sentence, label and name in ${locale}`, () => {
      const m = messages(locale);
      const keys = [...Object.values(AUDIT_SENTENCE_KEYS).flat(), UNKNOWN_SENTENCE_KEY];
      expect(keys.filter((k) => typeof m.sentences?.[k] !== "string")).toEqual([]);
      expect(KNOWN_AUDIT_ACTIONS.filter((a) => typeof m.actionNames?.[messageKey(a)] !== "string")).toEqual([]);
      expect(DENIED_WHAT.filter((w) => typeof m.permissions?.[messageKey(w)] !== "string")).toEqual([]);
      expect(AUDIT_FIELDS.filter((f) => typeof m.fields?.[f] !== "string")).toEqual([]);
      expect(["ADMIN", "COORDINATOR", "INSTITUTION_USER"].filter((r) => typeof m.userRoles?.[r] !== "string")).toEqual([]);
      expect(["OWNER", "MEMBER"].filter((r) => typeof m.memberRoles?.[r] !== "string")).toEqual([]);
    });
  }

  it("names every permission a refused attempt can record", () => {
    expect(ACTIONS.filter((a) => !(DENIED_WHAT as readonly string[]).includes(a))).toEqual([]);
  });
});
