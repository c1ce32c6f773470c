import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import nbAudit from "../../messages/nb/audit.json";
import enAudit from "../../messages/en/audit.json";
import nbChecklist from "../../messages/nb/checklist.json";
import enChecklist from "../../messages/en/checklist.json";
import { auditSentence, UNKNOWN_SENTENCE_KEY, type TAuditEventInput, type TAuditValue } from "./audit-sentence";

/** Renders a sentence as the pages do (components/audit/audit-sentence.tsx), without React. */
function render(e: TAuditEventInput, locale: "nb" | "en") {
  const messages = { audit: locale === "nb" ? nbAudit : enAudit, checklist: locale === "nb" ? nbChecklist : enChecklist };
  const t = createTranslator({ locale, messages, namespace: "audit" });
  const ts = createTranslator({ locale, messages, namespace: "checklist.status" });
  const text = (v: TAuditValue): string =>
    v.type === "status" ? ts(v.value as never)
    : v.type === "userRole" ? t(`userRoles.${v.value}` as never)
    : v.type === "memberRole" ? t(`memberRoles.${v.value}` as never)
    : v.type === "person" ? v.email
    : v.type === "permission" ? t(`permissions.${v.value.replace(/\./g, "_")}` as never)
    : v.type === "text" || v.type === "day" || v.type === "instant" ? String(v.value)
    : v.type === "bool" ? String(v.value)
    : v.type;
  const s = auditSentence(e);
  return t(`sentences.${s.key}` as never, Object.fromEntries(Object.entries(s.params).map(([k, v]) => [k, text(v)])) as never);
}

const step = (before: unknown, after: unknown): TAuditEventInput => ({ action: "step.update", subject: "step:cmx3abc:C-4", before, after });

describe("auditSentence", () => {
  it("says what a status change did, in the page's language", () => {
    const e = step({ status: "IN_PROGRESS", version: 2 }, { status: "DONE", version: 3 });
    expect(render(e, "nb")).toBe("Status endret fra Pågår til Ferdig");
    expect(render(e, "en")).toBe("Status changed from In progress to Done");
    expect(auditSentence(e).stepKey).toBe("C-4");
    expect(auditSentence(e).details).toEqual([{ field: "status", before: { type: "status", value: "IN_PROGRESS" }, after: { type: "status", value: "DONE" } }]);
  });

  it("tells a review, evidence, a due date and a comment apart", () => {
    expect(auditSentence(step({ status: "AWAITING_REVIEW" }, { status: "DONE", comment: { kind: "REVIEW_APPROVED" } })).key).toBe("stepApproved");
    expect(auditSentence(step({ status: "AWAITING_REVIEW" }, { status: "IN_PROGRESS", comment: { kind: "REVIEW_RETURNED", body: "Mangler rapport" } }))).toMatchObject({ key: "stepReturned", note: "Mangler rapport" });
    const evidence = auditSentence(step({ status: "IN_PROGRESS", evidence: {} }, { status: "IN_PROGRESS", evidence: { note: "x" } }));
    expect(evidence.key).toBe("stepEvidence");
    expect(evidence.details).toEqual([{ field: "evidence", before: { type: "none" }, after: { type: "changed" } }]);
    expect(render(step({ status: "IN_PROGRESS", dueDate: null }, { status: "IN_PROGRESS", dueDate: "2026-12-01" }), "nb")).toBe("Frist satt til 2026-12-01");
    expect(render({ action: "step.comment", subject: "step:x:A-1", before: null, after: { body: "Hei" } }, "en")).toBe("Comment added");
  });

  it("never shows ids or codes: people, roles and refused attempts in words", () => {
    expect(render({ action: "member.role.change", subject: "user:cmx9", before: { email: "a@b.no", memberRole: "MEMBER" }, after: { email: "a@b.no", memberRole: "OWNER" } }, "nb"))
      .toBe("Rollen til a@b.no ble endret fra medlem til eier");
    expect(render({ action: "access.denied", subject: "institution.read institution:cmx3", before: null, after: null }, "nb"))
      .toBe("Nektet tilgang: forsøkte å se en pensjonsinnretning");
    expect(render({ action: "access.denied", subject: "checklist.overview", before: null, after: null }, "en")).toBe("Access refused: tried to view the overview");
    expect(render({ action: "user.sign-in", subject: "user:cmx1", before: null, after: { provider: "oidc" } }, "en")).toBe("Signed in with OpenID Connect");
  });

  it("gives an action it does not know a readable sentence and a plain table, not JSON", () => {
    const e = { action: "sandbox.employer.save", subject: "sandbox:cmx:974760673", before: null, after: { orgnr: "974760673", months: 5 } };
    const s = auditSentence(e);
    expect(s.key).toBe(UNKNOWN_SENTENCE_KEY);
    expect(render(e, "nb")).toBe("Handling av typen «sandbox.employer.save»");
    expect(render(e, "en")).toBe("An action of type “sandbox.employer.save”");
    expect(s.details).toEqual([
      { field: "months", raw: true, before: { type: "none" }, after: { type: "text", value: "5" } },
      { field: "orgnr", raw: true, before: { type: "none" }, after: { type: "text", value: "974760673" } },
    ]);
  });

  it("says whose supplier affiliation changed, and which delegation was confirmed or withdrawn", () => {
    const set = auditSentence({ action: "user.supplier.change", subject: "user:u1", before: { email: "a@x.no", supplierOrgnr: null }, after: { email: "a@x.no", supplierOrgnr: "987654325" } });
    expect(set).toMatchObject({ key: "userSupplier", params: { person: { type: "person", email: "a@x.no" }, orgnr: { type: "text", value: "987654325" } } });
    expect(set.details).toEqual([{ field: "supplierOrgnr", before: { type: "none" }, after: { type: "text", value: "987654325" } }]);
    expect(auditSentence({ action: "user.supplier.change", subject: "user:u1", before: { email: "a@x.no", supplierOrgnr: "987654325" }, after: { email: "a@x.no", supplierOrgnr: null } }).key).toBe("userSupplierCleared");
    const confirm = auditSentence({ action: "step.delegation.confirm", subject: "step:i1:B-7", before: null, after: { right: "AAREG_OTP_API", environment: "PRODUCTION" } });
    expect(confirm).toMatchObject({ key: "delegationConfirm", stepKey: "B-7", params: { right: { value: "Aa-registeret OTP API" }, environmentNb: { value: "Produksjon" }, environmentEn: { value: "Production" } } });
    expect(auditSentence({ action: "step.delegation.unconfirm", subject: "step:i1:B-7", before: { right: "AAREG_OTP_API", environment: "TT02" }, after: { right: "AAREG_OTP_API", environment: "TT02" } }).key).toBe("delegationUnconfirm");
  });

  it("lists only the institution fields that changed", () => {
    const s = auditSentence({
      action: "institution.update", subject: "institution:x",
      before: { name: "A", orgnr: "1", blpMember: false, targetProductionDate: null },
      after: { name: "B", orgnr: "1", blpMember: true, targetProductionDate: "2027-01-01" },
    });
    expect(s.details.map((d) => d.field)).toEqual(["name", "blpMember", "targetProductionDate"]);
  });
});
