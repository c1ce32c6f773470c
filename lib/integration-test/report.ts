// The report of an integration test run ("Lag testrapport"): the results frozen when it is made,
// who ran the run and who made the report; its rows for the XLSX and the printable page, the
// C-4 evidence it fills, and the C-7 gate that reads it back. Pure.
import { z } from "zod";
import { findTestCase } from "./catalogue";
import { allRequiredPassed, type TCaseResult } from "./evaluate";

export const ZCaseResultSchema = z.object({
  key: z.string().max(40),
  required: z.boolean(),
  passed: z.boolean(),
  at: z.string().max(40).nullable(),
  korrelasjonsid: z.string().max(40).nullable(),
  maaneder: z.array(z.string().max(7)).max(1200).optional(),
});

export const ZRunReportSchema = z.object({
  runId: z.string().max(40),
  institution: z.object({ name: z.string().max(300), orgnr: z.string().max(9) }),
  startedAt: z.string().max(40),
  startedBy: z.string().max(320),
  reportedAt: z.string().max(40),
  reportedBy: z.string().max(320),
  results: z.array(ZCaseResultSchema).max(100),
  allRequiredPassed: z.boolean(),
});
export type TRunReport = z.infer<typeof ZRunReportSchema>;

export function buildRunReport(i: {
  runId: string;
  institution: { name: string; orgnr: string };
  startedAt: string;
  startedBy: string;
  reportedAt: string;
  reportedBy: string;
  results: readonly TCaseResult[];
}): TRunReport {
  return { ...i, results: [...i.results], allRequiredPassed: allRequiredPassed(i.results) };
}

/** The path of a run's printable report; the C-4 evidence links to it. */
export const reportPath = (institutionId: string, runId: string) => `/institutions/${institutionId}/integration-test/${runId}/report`;

/** The run a C-4 report link points at, or null (another link, or none). */
export function runIdFromReportUrl(url: unknown, institutionId: string): string | null {
  if (typeof url !== "string") return null;
  let path: string;
  try {
    path = new URL(url, "http://x").pathname;
  } catch {
    return null;
  }
  const m = /^\/institutions\/([^/]+)\/integration-test\/([A-Za-z0-9_-]{1,40})\/report$/.exec(path);
  return m && m[1] === institutionId ? m[2] : null;
}

/** The C-4 evidence rows a report fills: every required case and every passed one, with its
 * result and day (Oslo day given). An optional case not passed is in the report only. */
export function evidenceTestCases(report: TRunReport, locale: "nb" | "en", day: (iso: string) => string) {
  return report.results.filter((r) => r.passed || r.required).map((r) => ({
    name: findTestCase(r.key)?.title[locale] ?? r.key,
    result: r.passed ? "passed" : "not-run",
    date: day(r.at ?? report.reportedAt),
  }));
}

/** What the C-7 gate needs to know of C-4: its status, and the run its evidence's report names. */
export interface TGateInput {
  c4Status: string;
  /** the run the C-4 report link names, with whether its report passed every required case */
  run: { reported: boolean; allRequiredPassed: boolean } | null;
}

/** Steps that may only be completed after a passed integration test (a coordinator may override). */
export const INTEGRATION_TEST_GATED_STEPS: readonly string[] = ["C-7"];
export const INTEGRATION_TEST_STEP = "C-4";

/** Open when C-4 is approved (DONE) and its report's run passed every required case. */
export function integrationTestGateOpen(i: TGateInput): boolean {
  return i.c4Status === "DONE" && !!i.run?.reported && i.run.allRequiredPassed;
}

/** One row per case for the XLSX and the printable page. */
export function reportRows(report: TRunReport, locale: "nb" | "en") {
  return report.results.map((r) => {
    const c = findTestCase(r.key);
    return {
      key: r.key,
      title: c?.title[locale] ?? r.key,
      expected: c?.expected[locale] ?? "",
      required: r.required,
      passed: r.passed,
      at: r.at,
      korrelasjonsid: r.korrelasjonsid ?? "",
      maaneder: r.maaneder ?? [],
    };
  });
}

