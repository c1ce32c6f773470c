"use client";

import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { compile } from "@/lib/rules";
import { bulkWarnings } from "@/lib/test-panel/bulk-warnings";
import { buildGrid, type GridRange } from "@/lib/test-panel/grid-model";
import {
  compactRanges, draftFromScenario, effectiveAgreements, EMPTY_SCENARIO, EXAMPLES, MAX_AGREEMENTS, parseMonthsText,
  resolveDraft, setMonths, validateQuery, type AgreementField, type Draft, type MonthsTextError, type Scenario,
} from "@/lib/test-panel/scenario";
import { encodeScenario, type ScenarioParam } from "@/lib/test-panel/scenario-url";
import { MonthGrid } from "./month-grid";
import { QueryPanel } from "./query-panel";
import { ScenarioForm } from "./scenario-form";
import { WarningText } from "./warning-text";
import { Alert, Button } from "@/components/ds";

const monthsText = (months: readonly string[]) => compactRanges(months).replace(/,/g, ", ");
const SECTION = "space-y-4";
const H2 = "ds-heading";

/** What the institution's panel adds (saved scenarios, sandbox data) sees and does. */
export interface PanelContext {
  /** the valid scenario the grid shows (and the URL holds) */
  scenario: Scenario;
  /** replaces the scenario; `withQuery` also replaces the queried period with the scenario's */
  load: (s: Scenario, message: string, opts?: { withQuery?: boolean }) => void;
}

/** The interactive part of the test panel: scenario, grid, query. Everything is computed here, in the browser.
 * `extra` renders more sections after the examples (the institution's panel). */
export function TestPanel({ initial, invalid, extra }: { initial: Scenario; invalid: readonly ScenarioParam[]; extra?: (ctx: PanelContext) => ReactNode }) {
  const t = useTranslations("testPanel");
  const lang = useLocale() === "en" ? "en" : "nb";
  const [draft, setDraft] = useState<Draft>(() => draftFromScenario(initial));
  const [monthsError, setMonthsError] = useState<MonthsTextError | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState("");
  const [frozen, setFrozen] = useState<GridRange | null>(null);
  // The explanation follows the latest hovered or focused month; leaving the grid goes back to the focused one.
  const [explained, setExplained] = useState<string | null>(null);
  const focusedMonth = useRef<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const idSeq = useRef(0);
  const newId = (prefix: string) => `${prefix}${++idSeq.current}`;

  const scenario = useMemo(() => resolveDraft(draft), [draft]);
  const replaced = useMemo(() => effectiveAgreements(draft.agreements).replaced, [draft.agreements]);
  const queryErrors = useMemo(() => validateQuery(draft.queryFra, draft.queryTil).errors, [draft.queryFra, draft.queryTil]);
  const pair = useMemo(() => compile({ employerMonths: scenario.months, agreements: scenario.agreements }), [scenario.months, scenario.agreements]);
  const af = useMemo(() => pair.avtaleforhold(), [pair]);
  const vp = useMemo(() => pair.virkningsperiode(), [pair]);
  const model = useMemo(
    () => buildGrid({ employerMonths: scenario.months, agreements: scenario.agreements, af, vp, query: scenario.query }, frozen ?? undefined),
    [scenario, af, vp, frozen],
  );
  const q = scenario.query;
  const afBody = q ? pair.avtaleforholdGyldighet(q.fraOgMed, q.tilOgMed) : undefined;
  const vpBody = q ? pair.virkningsperiodeGyldighet(q.fraOgMed, q.tilOgMed) : undefined;
  const warnings = bulkWarnings(pair);
  const explanation = explained && model.months.includes(explained) ? pair.explainMonth(explained) : null;

  // The URL holds what the grid shows (valid values only), so a link reproduces it.
  const search = encodeScenario(scenario);
  useEffect(() => {
    if (window.location.search.replace(/^\?/, "") === search) return;
    window.history.replaceState(null, "", search ? `?${search}` : window.location.pathname);
  }, [search]);

  useEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
  }, [focusId]);

  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const load: PanelContext["load"] = (s, message, opts) => {
    setDraft((d) => {
      const next = draftFromScenario(s, newId("e") + "-");
      return opts?.withQuery ? next : { ...next, queryFra: d.queryFra, queryTil: d.queryTil };
    });
    setMonthsError(null);
    setTouched(new Set());
    setNotice(message);
  };
  const toggle = (months: string[], on: boolean) => {
    setDraft((d) => { const m = setMonths(d.months, months, on); return { ...d, months: m, monthsText: monthsText(m) }; });
    setMonthsError(null);
  };
  const onMonthsText = (text: string) => {
    const r = parseMonthsText(text);
    if (r.ok) { update({ monthsText: text, months: r.months }); setMonthsError(null); }
    else { update({ monthsText: text }); setMonthsError(r.error); }
  };
  const onAgreement = (id: string, field: AgreementField, v: string) =>
    setDraft((d) => ({ ...d, agreements: d.agreements.map((a) => (a.id === id ? { ...a, [field]: v } : a)) }));
  const onAdd = () => {
    if (draft.agreements.length >= MAX_AGREEMENTS) return;
    const used = new Set(draft.agreements.map((a) => a.avtalereferanse));
    let n = draft.agreements.length + 1;
    while (used.has(`avtale-${n}`)) n++;
    const id = newId("n");
    update({ agreements: [...draft.agreements, { id, avtalereferanse: `avtale-${n}`, fraOgMed: "", tilOgMed: "" }] });
    setFocusId(`agreement-${id}-fraOgMed`);
  };
  const onRemove = (id: string) => {
    update({ agreements: draft.agreements.filter((a) => a.id !== id) });
    document.getElementById("tp-add-agreement")?.focus();
  };

  return (
    <div className="space-y-10">
      {invalid.length > 0 && (
        <Alert data-color="danger" data-size="sm" role="alert">
          {t("invalidLink", { params: invalid.map((k) => t(`params.${k}`)).join(", ") })}
        </Alert>
      )}

      <section aria-labelledby="tp-examples" className={SECTION}>
        <h2 id="tp-examples" className={H2}>{t("examples.title")}</h2>
        <p>{t("examples.intro")}</p>
        <ul className="grid gap-2 sm:grid-cols-2">
          {EXAMPLES.map((ex, i) => (
            <li key={i}>
              <Button
                type="button"
                onClick={() => load(ex, t("examples.loaded", { n: i + 1 }))}
                aria-describedby={`tp-example-${i + 1}`}
                variant="secondary"
              >
                {t("examples.label", { n: i + 1 })}
              </Button>{" "}
              <span id={`tp-example-${i + 1}`} className="text-sm">{t(`examples.e${i + 1}`)}</span>
            </li>
          ))}
        </ul>
        <div className="flex flex-wrap items-center gap-4">
          <Button
            type="button"
            onClick={() => load(EMPTY_SCENARIO, t("examples.cleared"))}
            variant="secondary"
          >
            {t("examples.clear")}
          </Button>
          <p role="status" style={{ color: "var(--ds-color-success-text-default)" }}>{notice}</p>
        </div>
      </section>

      {extra?.({ scenario, load })}

      <section aria-labelledby="tp-scenario" className={SECTION}>
        <h2 id="tp-scenario" className={H2}>{t("scenario.title")}</h2>
        <ScenarioForm
          draft={draft}
          monthsError={monthsError}
          replaced={replaced}
          touched={touched}
          onTouch={(k) => setTouched((s) => (s.has(k) ? s : new Set(s).add(k)))}
          onOrgnr={(v) => update({ orgnr: v })}
          onMonthsText={onMonthsText}
          onAgreement={onAgreement}
          onAdd={onAdd}
          onRemove={onRemove}
        />
      </section>

      <section aria-labelledby="tp-grid" className={SECTION}>
        <h2 id="tp-grid" className={H2}>{t("grid.title")}</h2>
        <p className="text-sm" style={{ color: "var(--ds-color-neutral-text-subtle)" }}>{t("grid.hint")}</p>
        {model.range.clipped && <p className="text-sm">{t("grid.clipped", { years: model.years.length })}</p>}
        <MonthGrid
          model={model}
          onToggle={toggle}
          onDragChange={(dragging) => setFrozen(dragging ? model.range : null)}
          onExplain={(month, via) => {
            if (via === "focus") focusedMonth.current = month;
            setExplained(month ?? focusedMonth.current);
          }}
        />
        <p>{t("grid.summary", { af: pair.avtaleforholdRanges() || t("grid.empty"), vp: pair.virkningsperiodeRanges() || t("grid.empty") })}</p>
        <div className="ds-card">
          <h3 className="ds-heading" data-size="2xs">{t("grid.explainTitle")}</h3>
          <div role="status" className="mt-1 min-h-12 space-y-1">
            {explanation ? (
              <>
                <p>{explanation.avtaleforhold[lang]}.</p>
                <p>{explanation.virkningsperiode[lang]}.</p>
              </>
            ) : (
              <p style={{ color: "var(--ds-color-neutral-text-subtle)" }}>{t("grid.explainEmpty")}</p>
            )}
          </div>
        </div>
        <Legend />
        {warnings.length > 0 && (
          <div>
            <h3 className="font-semibold">{t("grid.warningsTitle")}</h3>
            <ul className="list-disc pl-6">
              {warnings.map((w, i) => <li key={i}><WarningText warning={w} /></li>)}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="tp-query" className={SECTION}>
        <h2 id="tp-query" className={H2}>{t("query.title")}</h2>
        <QueryPanel
          fra={draft.queryFra}
          til={draft.queryTil}
          errors={queryErrors}
          onChange={(f, v) => update(f === "fra" ? { queryFra: v } : { queryTil: v })}
          af={afBody}
          vp={vpBody}
        />
      </section>
    </div>
  );
}

function Legend() {
  const t = useTranslations("testPanel.grid");
  const items: [string, string, string][] = [
    ["bg-sky-200 text-sky-950", "▸", t("legendAgreement")],
    ["bg-amber-300 text-amber-950", "●", t("legendEmployer")],
    ["bg-emerald-800 text-white font-semibold", "AF", t("legendAf")],
    ["bg-emerald-200 text-emerald-950", "VP", t("legendVp")],
    ["bg-red-100 text-red-900 font-bold ring-2 ring-inset ring-red-700", "✕", t("legendMissing")],
    ["bg-white border-b-4 border-b-slate-900 font-bold", "03", t("legendQuery")],
  ];
  return (
    <div>
      <h3 className="font-semibold">{t("legend")}</h3>
      <ul className="mt-1 grid gap-1 sm:grid-cols-2">
        {items.map(([cls, mark, text]) => (
          <li key={text} className="flex items-center gap-2 text-sm">
            <span aria-hidden="true" className={`inline-flex h-7 w-7 shrink-0 items-center justify-center border border-slate-300 text-xs ${cls}`}>{mark}</span>
            {text}
          </li>
        ))}
      </ul>
    </div>
  );
}
