// Pure three-way merge of one step's editable values (issue 13, "no silent overwrites").
// base = what the user's form was loaded with, theirs = what is stored now (someone else saved
// since), mine = what the user submitted. Per field (status, due date, reason, each evidence
// field): only theirs changed → theirs; only mine changed → mine; both changed to different
// values → a conflict the user must decide. An empty value (missing, null, "", false, []) equals
// any other empty value, so a form that sends an untouched checkbox as false changes nothing.
import { stableJson } from "./stable-json";
import type { TStepStatus } from "./types";

export interface TStepValues {
  status: TStepStatus;
  dueDate: string | null;
  reason: string | null;
  evidence: Record<string, unknown>;
}

/** "status", "dueDate", "reason" or "evidence.<key>". */
export type TMergeField = string;

export interface TMergeConflict {
  field: TMergeField;
  base: unknown;
  theirs: unknown;
  mine: unknown;
}

export interface TMergeResult {
  /** Theirs with every change only mine made; a conflicting field holds theirs until chosen. */
  merged: TStepValues;
  conflicts: TMergeConflict[];
}

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || v === false || (typeof v === "string" && v.trim() === "") ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every(isEmpty));

/** Equal for the merge: the same JSON (key order aside), or both empty. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  return stableJson(a) === stableJson(b);
}

const TOP_FIELDS = ["status", "dueDate", "reason"] as const;

/** Every field of the three versions, in a stable order (top fields, then evidence keys). */
export function mergeFields(...values: TStepValues[]): TMergeField[] {
  const keys = new Set<string>();
  for (const v of values) for (const k of Object.keys(v.evidence ?? {})) keys.add(k);
  return [...TOP_FIELDS, ...[...keys].sort().map((k) => `evidence.${k}`)];
}

export function fieldValue(v: TStepValues, field: TMergeField): unknown {
  if (field.startsWith("evidence.")) return (v.evidence ?? {})[field.slice("evidence.".length)];
  return v[field as (typeof TOP_FIELDS)[number]];
}

/** A copy of `v` with `field` set to `value` (an empty evidence value is removed). */
export function withField(v: TStepValues, field: TMergeField, value: unknown): TStepValues {
  if (field.startsWith("evidence.")) {
    const key = field.slice("evidence.".length);
    const evidence = { ...(v.evidence ?? {}) };
    if (value === undefined) delete evidence[key];
    else evidence[key] = value;
    return { ...v, evidence };
  }
  return { ...v, [field]: value } as TStepValues;
}

export function mergeStep(base: TStepValues, theirs: TStepValues, mine: TStepValues): TMergeResult {
  let merged: TStepValues = { ...theirs, evidence: { ...(theirs.evidence ?? {}) } };
  const conflicts: TMergeConflict[] = [];
  for (const field of mergeFields(base, theirs, mine)) {
    const b = fieldValue(base, field);
    const t = fieldValue(theirs, field);
    const m = fieldValue(mine, field);
    const mineChanged = !sameValue(b, m);
    if (!mineChanged) continue; // theirs (changed or not) is already in `merged`
    const theirsChanged = !sameValue(b, t);
    if (!theirsChanged || sameValue(t, m)) merged = withField(merged, field, m);
    else conflicts.push({ field, base: b, theirs: t, mine: m });
  }
  return { merged, conflicts };
}

/** The merge result with the user's choices applied: "mine" or "theirs" per conflicting field. */
export function resolveMerge(result: TMergeResult, choices: Record<TMergeField, "mine" | "theirs">): TStepValues {
  let out = result.merged;
  for (const c of result.conflicts) if (choices[c.field] === "mine") out = withField(out, c.field, c.mine);
  return out;
}
