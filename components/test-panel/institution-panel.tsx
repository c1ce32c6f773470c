"use client";

// The institution's test panel: the demo panel plus saved scenarios and the institution's sandbox
// data (load an employer's stored months and agreements, save the panel's months back).
import { useTranslations } from "next-intl";
import { useActionState, useState, useTransition } from "react";
import { FormMessage } from "@/components/forms/fields";
import { FormFeedback, SubmitButton } from "@/components/forms/feedback";
import { ConfirmButton } from "@/components/sandbox/row-actions";
import type { ActionState } from "@/lib/errors/app-error";
import { toRanges, type PairInput } from "@/lib/rules";
import { compactRanges, type Scenario } from "@/lib/test-panel/scenario";
import type { ScenarioParam } from "@/lib/test-panel/scenario-url";
import { TestPanel, type PanelContext } from "./test-panel";
import { DataTable } from "@/components/data-table";
import { Button, Field, FieldDescription, Input, Label, ValidationMessage } from "@/components/ds";

type FormAction<T = undefined> = (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
type LoadedEmployer = PairInput & { opplysningspliktig: string };

export interface SavedScenarioRow { id: string; name: string; scenario: Scenario; created: string; updated: string }

export interface InstitutionPanelActions {
  save: FormAction<{ name: string }>;
  remove: FormAction;
  loadEmployer: FormAction<LoadedEmployer>;
  saveEmployerMonths: FormAction;
}

const SECTION = "space-y-4";
const H2 = "ds-heading";
const TH = "px-3 py-2";

/** Translated error of a failed action: the field's key under testPanel.saved.errors, else its code. */
function useErrors(state: ActionState<unknown>) {
  const t = useTranslations("testPanel.saved.errors");
  const failed = state && !state.ok ? state : null;
  const tr = (key: string) => (t.has(key) ? t(key) : t("failed"));
  return {
    field: (name: string) => failed?.fieldErrors?.[name]?.map(tr).join(" "),
    summary: failed && !failed.fieldErrors ? tr(failed.code ?? "failed") : null,
  };
}

export function InstitutionTestPanel({ initial, invalid, scenarios, employers, actions }: {
  initial: Scenario;
  invalid: readonly ScenarioParam[];
  scenarios: SavedScenarioRow[];
  employers: string[];
  actions: InstitutionPanelActions;
}) {
  return (
    <TestPanel
      initial={initial}
      invalid={invalid}
      extra={(ctx) => (
        <>
          <SavedScenarios ctx={ctx} rows={scenarios} actions={actions} />
          <SandboxData ctx={ctx} employers={employers} actions={actions} />
        </>
      )}
    />
  );
}

function SavedScenarios({ ctx, rows, actions }: { ctx: PanelContext; rows: SavedScenarioRow[]; actions: InstitutionPanelActions }) {
  const t = useTranslations("testPanel.saved");
  const [name, setName] = useState("");
  const [submitted, setSubmitted] = useState("");
  const tf = useTranslations("feedback");
  const [state, formAction, pending] = useActionState(actions.save, null);
  const errors = useErrors(state);
  const nameError = errors.field("name");
  // offer to overwrite only the name that was refused, while it is still the one in the field
  const exists = state && !state.ok && state.fieldErrors?.name?.includes("exists") && submitted === name.trim();
  const scenarioError = errors.field("scenario");
  const open = (row: SavedScenarioRow) => {
    ctx.load(row.scenario, t("opened", { name: row.name }), { withQuery: true });
    setName(row.name);
  };
  return (
    <section aria-labelledby="tp-saved" className={SECTION}>
      <h2 id="tp-saved" className={H2}>{t("title")}</h2>
      <p>{t("intro")}</p>
      {rows.length === 0 ? <p>{t("empty")}</p> : (
        <DataTable caption={t("caption")} columns={(["name", "created", "updated", "actions"] as const).map((c) => t(`columns.${c}`))}>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-200 align-top">
              <th scope="row" className={`${TH} font-medium`}>{row.name}</th>
              <td className={TH}>{row.created}</td>
              <td className={TH}>{row.updated}</td>
              <td className={`${TH} flex flex-wrap gap-2`}>
                <Button type="button" onClick={() => open(row)} variant="secondary" data-size="sm">{t("open", { name: row.name })}</Button>
                <ConfirmButton action={actions.remove} field="scenarioId" value={row.id}
                  label={t("delete", { name: row.name })} short={t("deleteShort")} title={t("deleteTitle", { name: row.name })}
                  description={t("deleteText")} confirmLabel={t("deleteConfirm")} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}

      <form action={formAction} onSubmit={() => setSubmitted(name.trim())} noValidate className="flex flex-col gap-2">
        <h3 className="ds-heading" data-size="sm">{t("saveTitle")}</h3>
        <FormFeedback result={state} success={state?.ok ? t("savedAs", { name: state.data?.name ?? "" }) : null}
          heading={tf("summary")} errors={nameError ? [{ fieldId: "tp-saved-name", message: nameError }] : []}
          formError={errors.summary ?? scenarioError ?? null} />
        <input type="hidden" name="scenario" value={JSON.stringify(ctx.scenario)} />
        <Field className="max-w-md">
          <Label htmlFor="tp-saved-name">{t("name")}</Label>
          <FieldDescription id="tp-saved-name-hint">{t("nameHint")}</FieldDescription>
          <Input id="tp-saved-name" name="name" value={name} onChange={(e) => setName(e.target.value)} maxLength={100}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={`tp-saved-name-hint${nameError ? " tp-saved-name-error" : ""}`} />
          {nameError && <ValidationMessage id="tp-saved-name-error" data-size="sm">{nameError}</ValidationMessage>}
        </Field>
        <div className="flex flex-wrap gap-2">
          <SubmitButton pending={pending} pendingText={tf("saving")}>{t("save")}</SubmitButton>
          {exists && (
            <SubmitButton pending={pending} name="overwrite" value="on" variant="danger">
              {t("overwrite", { name: name.trim() })}
            </SubmitButton>
          )}
        </div>
      </form>
    </section>
  );
}

function SandboxData({ ctx, employers, actions }: { ctx: PanelContext; employers: string[]; actions: InstitutionPanelActions }) {
  const t = useTranslations("testPanel.sandbox");
  const [orgnr, setOrgnr] = useState(ctx.scenario.orgnr || employers[0] || "");
  const [loaded, setLoaded] = useState<LoadedEmployer | null>(null);
  const [loadState, setLoadState] = useState<ActionState<LoadedEmployer>>(null);
  const [saveState, setSaveState] = useState<ActionState | null>(null);
  const [saved, setSaved] = useState("");
  const [pending, start] = useTransition();
  const loadErrors = useErrors(loadState);
  const saveErrors = useErrors(saveState);
  const orgnrError = loadErrors.field("opplysningspliktig");
  const target = ctx.scenario.orgnr;

  const load = () => start(async () => {
    const fd = new FormData();
    fd.set("opplysningspliktig", orgnr);
    const r = await actions.loadEmployer(null, fd);
    setLoadState(r);
    if (!r?.ok || !r.data) return;
    const d = r.data;
    setLoaded(d);
    ctx.load({ orgnr: d.opplysningspliktig, months: d.employerMonths, agreements: d.agreements },
      t("loaded", { orgnr: d.opplysningspliktig, months: d.employerMonths.length, agreements: d.agreements.length }));
  });
  const saveMonths = () => start(async () => {
    const fd = new FormData();
    fd.set("opplysningspliktig", target);
    fd.set("ranges", compactRanges(ctx.scenario.months));
    const r = await actions.saveEmployerMonths(null, fd);
    setSaveState(r);
    setSaved(r?.ok ? t("saved", { orgnr: target, months: ctx.scenario.months.length }) : "");
  });

  return (
    <section aria-labelledby="tp-sandbox" className={SECTION}>
      <h2 id="tp-sandbox" className={H2}>{t("title")}</h2>
      <p>{t("intro")}</p>
      <form onSubmit={(e) => { e.preventDefault(); load(); }} noValidate className="flex flex-col gap-2">
        <Field className="max-w-xs">
          <Label htmlFor="tp-sandbox-orgnr">{t("employer")}</Label>
          <FieldDescription id="tp-sandbox-orgnr-hint">
            {employers.length ? t("employersHint", { list: employers.join(", ") }) : t("noEmployers")}
          </FieldDescription>
          <Input id="tp-sandbox-orgnr" list="tp-sandbox-employers" inputMode="numeric" maxLength={9} value={orgnr}
            onChange={(e) => setOrgnr(e.target.value)}
            aria-invalid={orgnrError ? true : undefined}
            aria-describedby={`tp-sandbox-orgnr-hint${orgnrError ? " tp-sandbox-orgnr-error" : ""}`} />
          <datalist id="tp-sandbox-employers">
            {employers.map((e) => <option key={e} value={e} />)}
          </datalist>
          {orgnrError && <ValidationMessage id="tp-sandbox-orgnr-error" data-size="sm">{orgnrError}</ValidationMessage>}
        </Field>
        {loadErrors.summary && <FormMessage kind="error">{loadErrors.summary}</FormMessage>}
        <SubmitButton pending={pending}>{t("load")}</SubmitButton>
      </form>

      {loaded && (
        <div className="ds-card space-y-2">
          <h3 className="ds-heading" data-size="2xs">{t("storedTitle", { orgnr: loaded.opplysningspliktig })}</h3>
          <p>{t("storedMonths", { ranges: toRanges(loaded.employerMonths) || t("none") })}</p>
          {loaded.agreements.length === 0 ? <p>{t("noAgreements")}</p> : (
            <DataTable caption={t("storedCaption", { orgnr: loaded.opplysningspliktig })} columns={(["reference", "from", "to"] as const).map((c) => t(`columns.${c}`))} className="mt-2">
              {loaded.agreements.map((a) => (
                <tr key={a.avtalereferanse} className="border-t border-slate-200">
                  <th scope="row" className={`${TH} max-w-xs break-all font-medium`}>{a.avtalereferanse}</th>
                  <td className={TH}>{a.fraOgMed}</td>
                  <td className={TH}>{a.tilOgMed ?? t("openEnded")}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </div>
      )}

      <div className="flex flex-col gap-2">
        <p id="tp-sandbox-save-hint" className="text-sm" style={{ color: "var(--ds-color-neutral-text-subtle)" }}>{target ? t("saveHint") : t("saveNeedsOrgnr")}</p>
        <Button type="button" onClick={saveMonths} disabled={pending || !target} aria-describedby="tp-sandbox-save-hint"
          variant="secondary" className="self-start">
          {target ? t("save", { orgnr: target }) : t("saveNoOrgnr")}
        </Button>
        {saveErrors.summary && <FormMessage kind="error">{saveErrors.summary}</FormMessage>}
        {saveState && !saveState.ok && saveState.fieldErrors && <FormMessage kind="error">{t("saveInvalid")}</FormMessage>}
        <p role="status" style={{ color: "var(--ds-color-success-text-default)" }}>{saved}</p>
      </div>
    </section>
  );
}
