// A run's state from the calls recorded since it started: each case passes with the first call
// that matches it, and shows that call's time and korrelasjonsid. Pure.
import { TEST_CASES, type TRecordedCall, type TTestCase } from "./catalogue";

export interface TCaseResult {
  key: string;
  required: boolean;
  passed: boolean;
  /** the passing call's time (ISO) and korrelasjonsid */
  at: string | null;
  korrelasjonsid: string | null;
  /** the months the passing gyldighet answer listed, for the cases with gaps */
  maaneder?: string[];
}

/** Calls are taken in time order; `calls` need not be sorted. */
export function evaluateRun(calls: readonly TRecordedCall[], cases: readonly TTestCase[] = TEST_CASES): TCaseResult[] {
  const ordered = [...calls].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return cases.map((c) => {
    const hit = ordered.find((call) => c.match(call));
    if (!hit) return { key: c.key, required: c.required, passed: false, at: null, korrelasjonsid: null };
    const months = hit.detail?.maaneder;
    return { key: c.key, required: c.required, passed: true, at: hit.at, korrelasjonsid: hit.korrelasjonsid, ...(months?.length ? { maaneder: months } : {}) };
  });
}

export function allRequiredPassed(results: readonly TCaseResult[]): boolean {
  return results.every((r) => r.passed || !r.required);
}

export function countPassed(results: readonly TCaseResult[]): { passed: number; total: number; requiredOpen: number } {
  return {
    passed: results.filter((r) => r.passed).length,
    total: results.length,
    requiredOpen: results.filter((r) => r.required && !r.passed).length,
  };
}
