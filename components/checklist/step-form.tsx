"use client";
// The step's edit form: evidence, status (only the changes the server allows), due date,
// reason and a comment. Controlled, so a refused or conflicting save keeps the user's input.
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime, toDateLocale } from "@/lib/format/dates";
import { evidenceFields, missingEvidenceFor, STEP_RULE_MESSAGES, type TDisplayState, type TEvidenceContext, type TEvidenceField, type TNoChangeReason, type TStepStatus } from "@/lib/onboarding";
import { evidenceKeyLabel } from "@/lib/onboarding/evidence-labels";
import type { TTransition } from "@/lib/onboarding";
import { mergeStep, type TStepValues } from "@/lib/onboarding/merge-step";
import type { TStepActionState } from "@/lib/validation/checklist";
import { newFormKey } from "@/components/forms/form-key";
import { conflictFieldId, StepConflict, type TConflictChoice } from "./step-conflict";
import { EvidenceEditor } from "./evidence-editor";
import { missingFieldId, StepFormMessage, stepFieldId } from "./step-form-message";
import { INPUT } from "@/components/forms/fields";
import { DateFormatHint, DateInput } from "@/components/forms/date-input";
import { FormSection } from "@/components/forms/form-section";
import { focusField, SubmitButton, useFocusOnResult, type TFormError } from "@/components/forms/feedback";
import { Alert, ValidationMessage } from "@/components/ds";

export interface TStepFormProps {
  stepKey: string;
  action: (prev: TStepActionState, fd: FormData) => Promise<TStepActionState>;
  version: number;
  status: TStepStatus;
  evidence: Record<string, unknown>;
  dueDate: string | null;
  reason: string | null;
  /** The state the step's badge shows: the status list keeps this one, never another. */
  display?: TDisplayState;
  /** The status-list changes allowed (TRANSITIONS rows via "status"). */
  transitions: TTransition[];
  /** Why no status change is offered, said instead of an empty list. */
  noChange?: TNoChangeReason | null;
  openPrerequisites?: string[];
  canEdit: boolean;
  /** The institution's facts, so the live missing-evidence list checks what the server checks. */
  profile?: TEvidenceContext["profile"];
  /** B-7's delegation matrix: what B-7 and C-7 lack of it shows with the rest of the evidence. */
  delegations?: TEvidenceContext["delegations"];
  /** Made when the page was rendered: a double submit of this form stores its comment once. */
  idempotencyKey?: string;
}

/** The field description of an evidence error key ("evidence.certificates.0.expiresOn"). */
function evidenceFieldOf(fields: readonly TEvidenceField[], key: string): TEvidenceField | undefined {
  const [, top, row, sub] = key.split(".");
  const f = fields.find((x) => x.key === top);
  return row !== undefined && sub ? f?.itemFields?.find((i) => i.key === sub) : f;
}

export function StepForm(p: TStepFormProps) {
  const t = useTranslations("checklist.form");
  const ts = useTranslations("checklist.status");
  const locale = useLocale() === "en" ? "en" : "nb";
  const router = useRouter();
  const [state, action, pending] = useActionState(p.action, null);
  const [values, setValues] = useState({ evidence: p.evidence, status: "", dueDate: p.dueDate ?? "", reason: p.reason ?? "", comment: "" });
  // The version the form's values build on, and its values (sent as "base": on a conflict the
  // server merges base, the latest and the submitted values field by field).
  const [baseline, setBaseline] = useState<{ version: number; values: TStepValues }>(() => ({
    version: p.version,
    values: { status: p.status, dueDate: p.dueDate, reason: p.reason, evidence: p.evidence },
  }));
  const [formKey, setFormKey] = useState(p.idempotencyKey ?? "");
  const [choices, setChoices] = useState<Record<string, TConflictChoice | undefined>>({});
  const [missingChoice, setMissingChoice] = useState(false);
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) {
      setValues((v) => ({ ...v, status: "", comment: "" }));
      setBaseline({ version: state.version, values: state.values ?? baseline.values });
      setFormKey(newFormKey());
    }
    const c = state && !state.ok ? state.conflict : undefined;
    if (c) {
      // their version is loaded; my changes that do not collide are kept (the server's merge)
      const merged = c.merged ?? c.latest;
      setValues((v) => ({ ...v, evidence: merged.evidence, dueDate: merged.dueDate ?? "", reason: merged.reason ?? "", status: merged.status === c.latest.status ? "" : merged.status }));
      setBaseline({ version: c.version, values: c.latest });
      setChoices({});
      setMissingChoice(false);
    }
  }
  // The page brought a newer version than the form builds on, written on this page by something
  // other than this form (a checked certificate or token filled the evidence): take it in as
  // their change, keeping what only this user has typed meanwhile, so the next save neither
  // refuses nor hides it. (Its own saves and conflicts move the baseline first: no reload then.)
  const [pageVersion, setPageVersion] = useState(p.version);
  if (p.version !== pageVersion) {
    setPageVersion(p.version);
    if (p.version > baseline.version) {
      const theirs: TStepValues = { status: p.status, dueDate: p.dueDate, reason: p.reason, evidence: p.evidence };
      const mine: TStepValues = { ...baseline.values, evidence: values.evidence, dueDate: values.dueDate || null, reason: values.reason || null };
      const { merged } = mergeStep(baseline.values, theirs, mine);
      setValues((v) => ({ ...v, evidence: merged.evidence, dueDate: merged.dueDate ?? "", reason: merged.reason ?? "" }));
      setBaseline({ version: p.version, values: theirs });
    }
  }
  const failed = state && !state.ok ? state : null;
  const conflict = failed?.conflict ?? null;
  // the page shows the other person's status, transitions and history too
  useEffect(() => {
    if (conflict) router.refresh();
  }, [conflict, router]);
  const errors = failed?.fieldErrors ?? {};
  const version = baseline.version;
  const choose = (field: string, side: TConflictChoice) => {
    const c = conflict?.conflicts?.find((x) => x.field === field);
    if (!c) return;
    setChoices((ch) => ({ ...ch, [field]: side }));
    const value = side === "mine" ? c.mine : c.theirs;
    setValues((v) => {
      if (field === "status") return { ...v, status: side === "mine" ? String(c.mine) : "" };
      if (field === "dueDate" || field === "reason") return { ...v, [field]: (value as string | null) ?? "" };
      const key = field.slice("evidence.".length);
      return { ...v, evidence: { ...v.evidence, [key]: value } };
    });
  };
  const unresolved = (conflict?.conflicts ?? []).filter((c) => !choices[c.field]);
  const chosen = p.transitions.find((tr) => tr.status === values.status);
  const needsReason = chosen?.needsReason || (!values.status && (p.status === "BLOCKED" || p.status === "NOT_APPLICABLE"));
  const fields = evidenceFields(p.stepKey);
  const err = (name: string) => (errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {});
  // what is wrong and how to fix it: the rule's words, the field's own sentence, the problem's,
  // and for an evidence value the server calls only "invalid", what its type expects
  const message = (key: string, name?: string) => {
    if (key in STEP_RULE_MESSAGES) return STEP_RULE_MESSAGES[key as keyof typeof STEP_RULE_MESSAGES][locale];
    const problem = key.replace(/^errors\./, "");
    if (name && t.has(`errors.fields.${name}.${problem}`)) return t(`errors.fields.${name}.${problem}`);
    if (problem !== "invalid" && t.has(`errors.${problem}`)) return t(`errors.${problem}`);
    const type = name?.startsWith("evidence.") ? evidenceFieldOf(fields, name)?.type : undefined;
    return type ? t(`errors.byType.${type}`) : t("errors.invalid");
  };
  const errText = (name: string) => errors[name] && <ValidationMessage id={`${name}-error`} data-size="sm">{message(errors[name][0], name)}</ValidationMessage>;
  const evidenceErrors = Object.fromEntries(Object.entries(errors).filter(([k]) => k.startsWith("evidence.")).map(([k, v]) => [k, message(v[0], k)]));
  const order = ["evidence", ...Object.keys(errors).filter((k) => k.startsWith("evidence.")), "status", "dueDate", "reason", "comment"];
  const summary: TFormError[] = order.filter((k) => errors[k]).map((k) => ({
    fieldId: k === "evidence" ? "evidence" : stepFieldId(k),
    message: k.startsWith("evidence.") ? `${evidenceKeyLabel(k.slice("evidence.".length), fields, locale)}: ${message(errors[k][0], k)}` : message(errors[k][0], k),
  }));
  const focusRef = useFocusOnResult<HTMLDivElement>(state);
  // named before submitting: what the chosen status still lacks (the server's own check)
  const missingNow = missingEvidenceFor(p.stepKey, values.status as TStepStatus | "", values.evidence, { profile: p.profile, delegations: p.delegations });
  const busy = useRef(false);
  useEffect(() => {
    if (!pending) busy.current = false;
  }, [pending]);
  const why = p.noChange && p.noChange !== "NONE" ? t(`noChange.${p.noChange}`, { steps: (p.openPrerequisites ?? []).join(", ") }) : null;
  if (!p.canEdit && p.transitions.length === 0) return <p className="rounded bg-slate-100 px-3 py-2" data-testid="no-change">{t("readOnly")}{why && ` ${why}`}</p>;
  return (
    <form
      // Before hydration the browser posts the form to the server action (the page then shows
      // the result). Once hydrated it is submitted by hand: React 19 resets a form after its
      // `action=` runs, which blanks controlled selects and checkboxes (react#30580) and would
      // save blanks on retry; a prevented submit with our own transition is not reset.
      action={action}
      onSubmit={(e) => {
        e.preventDefault();
        // one save at a time: a double click submits once
        if (pending || busy.current) return;
        // a field both people changed is saved only once the user has chosen
        if (unresolved.length > 0) {
          setMissingChoice(true);
          focusField(conflictFieldId(unresolved[0].field));
          return;
        }
        busy.current = true;
        const data = new FormData(e.currentTarget);
        startTransition(() => action(data));
      }}
      className="space-y-5"
      noValidate
    >
      <StepFormMessage state={state} locale={locale} fields={fields} conflictTime={(iso) => formatDateTime(iso, toDateLocale(locale))} errors={summary} focusRef={focusRef} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="base" value={JSON.stringify(baseline.values)} />
      {formKey && <input type="hidden" name="idempotencyKey" value={formKey} />}
      {conflict && <StepConflict conflict={conflict} fields={fields} choices={choices} onChoose={choose} missingChoice={missingChoice} />}
      <FormSection id="evidence" legend={t("evidence")}>
        <EvidenceEditor fields={fields} values={values.evidence} onChange={(evidence) => setValues({ ...values, evidence })} errors={evidenceErrors} disabled={!p.canEdit} />
      </FormSection>
      <FormSection legend={t("statusAndPlan")}>
        {p.transitions.length === 0 && why && <Alert data-color="info" data-size="sm" data-testid="no-change">{why}</Alert>}
        {p.transitions.length > 0 && (
          <div className="flex flex-col gap-1">
            <label htmlFor="status" className="font-medium">{t("status")}</label>
            <select id="status" name="status" value={values.status} onChange={(e) => setValues({ ...values, status: e.target.value })} className={INPUT} {...err("status")}>
              <option value="">{t("keepStatus", { status: ts(p.display ?? p.status) })}</option>
              {p.transitions.map((tr) => (
                <option key={tr.status} value={tr.status}>{tr.override ? t("overrideTo", { status: ts(tr.status) }) : ts(tr.status)}</option>
              ))}
            </select>
            {errText("status")}
            {missingNow.length > 0 && (
              <Alert data-color="warning" data-size="sm" id="status-missing" aria-live="polite" className="mt-2">
                <p className="font-medium">{t("missingBefore", { status: ts(values.status as TStepStatus) })}</p>
                <ul className="list-disc pl-5">
                  {missingNow.map((m) => (
                    <li key={m}>
                      <a href={`#${missingFieldId(m)}`} className="ds-link" onClick={(e) => { if (focusField(missingFieldId(m))) e.preventDefault(); }}>
                        {evidenceKeyLabel(m, fields, locale)}
                      </a>
                    </li>
                  ))}
                </ul>
              </Alert>
            )}
          </div>
        )}
        {p.canEdit && (
          <div className="flex flex-col gap-1">
            <label htmlFor="dueDate" className="font-medium">{t("dueDate")}<DateFormatHint locale={locale} /></label>
            <DateInput id="dueDate" name="dueDate" value={values.dueDate} onChange={(dueDate) => setValues({ ...values, dueDate })} className="max-w-xs" {...err("dueDate")} />
            {errText("dueDate")}
          </div>
        )}
        {(needsReason || values.reason) && (
          <div className="flex flex-col gap-1">
            <label htmlFor="reason" className="font-medium">{t(chosen?.override ? "overrideReason" : "reason")}</label>
            <p id="reason-hint" className="text-sm text-slate-700">{t("reasonHint")}</p>
            <textarea id="reason" name="reason" rows={2} value={values.reason} onChange={(e) => setValues({ ...values, reason: e.target.value })} className={INPUT}
              aria-invalid={errors.reason ? true : undefined} aria-describedby={errors.reason ? "reason-hint reason-error" : "reason-hint"} />
            {errText("reason")}
          </div>
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor="comment" className="font-medium">{t(p.status === "AWAITING_REVIEW" ? "reviewComment" : "comment")}</label>
          <textarea id="comment" name="comment" rows={2} value={values.comment} onChange={(e) => setValues({ ...values, comment: e.target.value })} className={INPUT} {...err("comment")} />
          {errText("comment")}
        </div>
      </FormSection>
      <SubmitButton pending={pending} pendingText={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
