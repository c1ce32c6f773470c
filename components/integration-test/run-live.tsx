"use client";
// A test run's cases, kept current without a reload: the page polls the run's small JSON route
// every two seconds until every case has passed or the report froze the run. Each case shows
// its status, the passing call's korrelasjonsid and time, and (gyldighet with gaps) the months.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Tag } from "@/components/ds";
import { DataTable } from "@/components/data-table";
import { formatDateTime, type TDateLocale } from "@/lib/format/dates";
import { countPassed, type TCaseResult } from "@/lib/integration-test/evaluate";

export interface TCaseText {
  key: string;
  title: string;
  how: string;
  expected: string;
  required: boolean;
}

const POLL_MS = 2000;

export function RunLive({ statusUrl, cases, initial, frozen, locale }: {
  statusUrl: string;
  cases: TCaseText[];
  initial: TCaseResult[];
  /** a reported run: its results never change */
  frozen: boolean;
  locale: TDateLocale;
}) {
  const t = useTranslations("integrationTest");
  const [results, setResults] = useState(initial);
  const [failed, setFailed] = useState(false);
  const done = frozen || results.every((r) => r.passed);

  useEffect(() => {
    if (done) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const res = await fetch(statusUrl, { cache: "no-store", headers: { Accept: "application/json" } });
        if (!res.ok) throw new Error(String(res.status));
        const body = (await res.json()) as { results: TCaseResult[] };
        if (!stopped) {
          setResults(body.results);
          setFailed(false);
        }
      } catch {
        if (!stopped) setFailed(true);
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [statusUrl, done]);

  const byKey = new Map(results.map((r) => [r.key, r]));
  const { passed, total, requiredOpen } = countPassed(results);
  return (
    <div className="space-y-3">
      <p role="status" data-testid="run-progress">
        <strong>{t("run.progress", { passed, total })}</strong>
        {". "}
        {requiredOpen === 0 ? t("run.allRequired") : t("run.requiredOpen", { count: requiredOpen })}
      </p>
      {failed && <p role="alert" className="text-sm">{t("run.pollFailed")}</p>}
      <DataTable caption={t("cases.caption")} columns={(["case", "expected", "status", "korrelasjonsid", "at"] as const).map((c) => t(`cases.columns.${c}`))}>
        {cases.map((c) => {
          const r = byKey.get(c.key);
          const ok = !!r?.passed;
          return (
            <tr key={c.key} data-testid={`case-${c.key}`} data-passed={ok ? "true" : "false"}>
              <th scope="row" className="font-normal">
                <span className="font-medium">{c.title}</span>{" "}
                <span className="text-sm">({c.required ? t("cases.required") : t("cases.optional")})</span>
                <br />
                <span className="text-sm" style={{ color: "var(--ds-color-neutral-text-subtle)" }}>{c.how}</span>
              </th>
              <td>{c.expected}</td>
              <td>
                <Tag data-color={ok ? "success" : frozen ? "danger" : "neutral"} data-size="sm">
                  {ok ? t("cases.passed") : frozen ? t("cases.notPassed") : t("cases.waiting")}
                </Tag>
                {r?.maaneder && <p className="mt-1 text-sm break-words">{t("cases.months", { months: r.maaneder.join(", ") })}</p>}
              </td>
              <td className="font-mono text-xs break-all" data-testid={`korrelasjonsid-${c.key}`}>{r?.korrelasjonsid ?? ""}</td>
              <td>{r?.at ? formatDateTime(r.at, locale) : ""}</td>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}
