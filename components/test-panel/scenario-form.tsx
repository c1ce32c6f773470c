"use client";

import { useTranslations } from "next-intl";
import {
  orgnrError, validateAgreement, type AgreementDraft, type AgreementField, type Draft, type MonthsTextError,
} from "@/lib/test-panel/scenario";
import { Button, ValidationMessage } from "@/components/ds";

interface Props {
  draft: Draft;
  monthsError: MonthsTextError | null;
  replaced: readonly string[];
  touched: ReadonlySet<string>;
  onTouch: (key: string) => void;
  onOrgnr: (v: string) => void;
  onMonthsText: (v: string) => void;
  onAgreement: (id: string, field: AgreementField, v: string) => void;
  onAdd: () => void;
  onRemove: (id: string) => void;
}

const FIELDS: AgreementField[] = ["avtalereferanse", "fraOgMed", "tilOgMed"];

export function ScenarioForm(p: Props) {
  const t = useTranslations("testPanel");
  const { draft } = p;
  const orgErr = orgnrError(draft.orgnr);
  const monthsErr = p.monthsError
    ? t(p.monthsError.kind === "format" ? "errors.monthsFormat" : p.monthsError.kind === "order" ? "errors.monthsOrder" : "errors.monthsTooMany", { part: p.monthsError.part })
    : undefined;

  const agreement = (a: AgreementDraft, n: number) => {
    const v = validateAgreement(a);
    const errors = v.ok ? {} : v.errors;
    const shown = (f: AgreementField) => (errors[f] && (p.touched.has(`${a.id}.${f}`) || a[f] !== "") ? errors[f] : undefined);
    return (
      <fieldset key={a.id} className="space-y-3 rounded border border-slate-300 bg-white p-3">
        <legend className="px-1 font-semibold">{t("scenario.agreement", { n })}</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          {FIELDS.map((f) => {
            const id = `agreement-${a.id}-${f}`;
            const err = shown(f);
            return (
              <div key={f} className="flex flex-col gap-1">
                <label htmlFor={id} className="font-medium">{t(`scenario.${f}`)}</label>
                <input
                  id={id}
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  value={a[f]}
                  maxLength={f === "avtalereferanse" ? 4001 : 7}
                  onChange={(e) => p.onAgreement(a.id, f, e.target.value)}
                  onBlur={() => p.onTouch(`${a.id}.${f}`)}
                  aria-invalid={err ? true : undefined}
                  aria-describedby={[f === "tilOgMed" ? `${id}-hint` : "", err ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}
                  className="ds-input"
                />
                {f === "tilOgMed" && <p id={`${id}-hint`} className="text-sm text-slate-700">{t("scenario.openHint")}</p>}
                {err && <ValidationMessage id={`${id}-error`} data-size="sm">{t(`errors.${err}`)}</ValidationMessage>}
              </div>
            );
          })}
        </div>
        {!v.ok && <p className="text-sm text-slate-700">{t("scenario.incomplete")}</p>}
        {p.replaced.includes(a.id) && <p className="text-sm text-amber-900">{t("scenario.replaced")}</p>}
        <Button
          type="button"
          onClick={() => p.onRemove(a.id)}
          variant="secondary" data-size="sm"
        >
          {t("scenario.remove", { n })}
        </Button>
      </fieldset>
    );
  };

  return (
    <div className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="tp-orgnr" className="font-medium">{t("scenario.orgnr")}</label>
          <p id="tp-orgnr-hint" className="text-sm text-slate-700">{t("scenario.orgnrHint")}</p>
          <input
            id="tp-orgnr"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={9}
            value={draft.orgnr}
            onChange={(e) => p.onOrgnr(e.target.value)}
            aria-invalid={orgErr ? true : undefined}
            aria-describedby={orgErr ? "tp-orgnr-hint tp-orgnr-error" : "tp-orgnr-hint"}
            className="ds-input"
          />
          {orgErr && <ValidationMessage id="tp-orgnr-error" data-size="sm">{t("errors.orgnr")}</ValidationMessage>}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="tp-months" className="font-medium">{t("scenario.months")}</label>
          <p id="tp-months-hint" className="text-sm text-slate-700">{t("scenario.monthsHint")}</p>
          <input
            id="tp-months"
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={draft.monthsText}
            onChange={(e) => p.onMonthsText(e.target.value)}
            aria-invalid={monthsErr ? true : undefined}
            aria-describedby={monthsErr ? "tp-months-hint tp-months-error" : "tp-months-hint"}
            className="ds-input"
          />
          {monthsErr && <ValidationMessage id="tp-months-error" data-size="sm">{monthsErr}</ValidationMessage>}
        </div>
      </div>
      <h3 className="ds-heading" data-size="sm">{t("scenario.agreementsTitle")}</h3>
      {draft.agreements.length === 0 && <p>{t("scenario.noAgreements")}</p>}
      {draft.agreements.map((a, i) => agreement(a, i + 1))}
      <Button id="tp-add-agreement" type="button" onClick={p.onAdd} variant="primary">
        {t("scenario.add")}
      </Button>
    </div>
  );
}
