"use client";

import { useTranslations } from "next-intl";
import { toXml, type AvtaleforholdGyldighetBody, type VirkningsperiodeGyldighetBody } from "@/lib/rules";
import type { QueryError } from "@/lib/test-panel/scenario";
import { CopyButton } from "./copy-button";
import { Field, Fieldset, FieldsetLegend, Input, Label, ValidationMessage } from "@/components/ds";

interface Props {
  fra: string;
  til: string;
  errors: QueryError;
  onChange: (field: "fra" | "til", v: string) => void;
  af?: AvtaleforholdGyldighetBody;
  vp?: VirkningsperiodeGyldighetBody;
}

function Answer({ id, title, path, context, json, xml }: { id: string; title: string; path: string; context: string; json: string; xml: string }) {
  const t = useTranslations("testPanel.query");
  return (
    <section aria-labelledby={id} className="ds-card min-w-0 space-y-2">
      <h3 id={id} className="ds-heading" data-size="2xs">{title}</h3>
      <p className="text-sm break-all" style={{ color: "var(--ds-color-neutral-text-subtle)" }}><code>{path}</code></p>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 className="text-sm font-semibold">{t("json")}</h4>
        <CopyButton text={json} label={t("copyJson")} context={context} />
      </div>
      <pre className="app-code"><code>{json}</code></pre>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 className="text-sm font-semibold">{t("xml")}</h4>
        <CopyButton text={xml} label={t("copyXml")} context={context} />
      </div>
      <pre className="app-code"><code>{xml}</code></pre>
    </section>
  );
}

export function QueryPanel({ fra, til, errors, onChange, af, vp }: Props) {
  const t = useTranslations("testPanel");
  const field = (name: "fra" | "til", value: string) => {
    const id = `tp-query-${name}`;
    const err = errors[name];
    return (
      <Field>
        <Label htmlFor={id}>{t(name === "fra" ? "query.fraOgMed" : "query.tilOgMed")}</Label>
        <Input
          id={id}
          type="text"
          autoComplete="off"
          maxLength={7}
          value={value}
          onChange={(e) => onChange(name, e.target.value)}
          aria-invalid={err ? true : undefined}
          aria-describedby={err ? `${id}-error` : undefined}
        />
        {err && <ValidationMessage id={`${id}-error`} data-size="sm">{t(`errors.${err}`)}</ValidationMessage>}
      </Field>
    );
  };
  return (
    <div className="space-y-4">
      <p>{t("query.intro")}</p>
      <Fieldset className="max-w-xl">
        <FieldsetLegend>{t("query.period")}</FieldsetLegend>
        <div className="grid gap-3 sm:grid-cols-2">
          {field("fra", fra)}
          {field("til", til)}
        </div>
      </Fieldset>
      {af && vp ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <Answer
            id="tp-answer-af"
            title={t("query.afTitle")}
            path="GET …/avtaleforhold/gyldighet"
            context={t("query.forAf")}
            json={JSON.stringify(af)}
            xml={toXml(af, "avtaleforhold")}
          />
          <Answer
            id="tp-answer-vp"
            title={t("query.vpTitle")}
            path="GET …/avtaleforhold/virkningsperiode/gyldighet"
            context={t("query.forVp")}
            json={JSON.stringify(vp)}
            xml={toXml(vp, "virkningsperiode")}
          />
        </div>
      ) : (
        <p style={{ color: "var(--ds-color-neutral-text-subtle)" }}>{t("query.none")}</p>
      )}
    </div>
  );
}
