// Checklist forms and filters: the same schemas check the browser form and the server action.
// Error messages are keys in the "checklist" namespace (errors.*).
import { z } from "zod";
import { normalizeDateInput } from "../format/dates";
import { ZStepStatusSchema, type TEvidenceField } from "../onboarding";
import { zText } from "./text";
import { SORT_DIRS, SORT_KEYS } from "../overview-tools/sort";
import type { TMergeConflict, TStepValues } from "../onboarding/merge-step";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const flag = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

export const STEP_KEY_PATTERN = /^[A-D]-\d{1,2}$/;
export const ZStepKeySchema = z.string().regex(STEP_KEY_PATTERN);

/** The step form. `evidence` is the object built by evidenceFromFormData. */
export const ZUpdateStepSchema = z.object({
  expectedVersion: z.coerce.number().int().min(0),
  status: z.preprocess(blankToUndefined, ZStepStatusSchema.optional()),
  dueDate: z.preprocess((v) => normalizeDateInput(blankToNull(v)), z.iso.date("errors.date").nullable().optional()),
  reason: z.preprocess(blankToUndefined, zText({ max: 2000, multiline: true, messages: { tooLong: "errors.tooLong" } }).optional()),
  comment: z.preprocess(blankToUndefined, zText({ max: 4000, multiline: true, messages: { tooLong: "errors.tooLong" } }).optional()),
  evidence: z.record(z.string(), z.unknown()).optional(),
});
export type TUpdateStep = z.infer<typeof ZUpdateStepSchema>;

export const ZSendForReviewSchema = z.object({ expectedVersion: z.coerce.number().int().min(0) });

/** A coordinator's decision on a review round; the reason (required to return) is checked by
 * the rules (COMMENT_REQUIRED), so a blank one gets the rule's own words. */
export const ZDecideReviewSchema = z.object({
  expectedVersion: z.coerce.number().int().min(0),
  decision: z.enum(["APPROVED", "RETURNED"]),
  reason: z.preprocess(blankToUndefined, zText({ max: 2000, multiline: true, messages: { tooLong: "errors.tooLong" } }).optional()),
});

/** The values a step form was loaded with (its hidden "base" field, JSON): what the server
 * merges against on a conflict. Only a proposal is built from it; nothing is written from it. */
export const ZStepValuesSchema = z.object({
  status: ZStepStatusSchema,
  dueDate: z.iso.date().nullable(),
  reason: z.string().max(2000).nullable(),
  evidence: z.record(z.string(), z.unknown()),
});

/** A form's idempotency key (a UUID made when the form was rendered). */
export const ZIdempotencyKeySchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

/** Reads the hidden base field; anything unreadable or over 100 kB is no base (no proposal). */
export function stepBaseFromFormData(fd: FormData): z.infer<typeof ZStepValuesSchema> | undefined {
  const raw = fd.get("base");
  if (typeof raw !== "string" || !raw || raw.length > 100_000) return undefined;
  try {
    const parsed = ZStepValuesSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the hidden idempotency key; a malformed one is ignored. */
export function idempotencyKeyFromFormData(fd: FormData): string | undefined {
  const parsed = ZIdempotencyKeySchema.safeParse(fd.get("idempotencyKey"));
  return parsed.success ? parsed.data : undefined;
}

export const ZStepCommentSchema = z.object({
  body: zText({ min: 1, max: 4000, multiline: true, messages: { required: "errors.required", tooLong: "errors.tooLong" } }),
});

/**
 * Reads the evidence inputs of the generic form: `ev.<key>` for a value, repeated `ev.<key>`
 * for a multi-choice, `ev.<key>.<row>.<itemKey>` for list rows, checkboxes "on". Returns
 * undefined when the form had no evidence inputs (so the saved evidence is kept).
 */
export function evidenceFromFormData(fields: readonly TEvidenceField[], fd: FormData): Record<string, unknown> | undefined {
  if (fd.get("ev.__present") !== "1") return undefined;
  const str = (name: string) => {
    const v = fd.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const read = (f: TEvidenceField, name: string): unknown => {
    if (f.type === "boolean") return fd.get(name) === "on";
    if (f.type === "multiselect") return fd.getAll(name).filter((v): v is string => typeof v === "string");
    return str(name);
  };
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.type !== "list") {
      out[f.key] = read(f, `ev.${f.key}`);
      continue;
    }
    const rows = [...new Set([...fd.keys()].map((k) => k.match(new RegExp(`^ev\\.${f.key}\\.(\\d+)\\.`))?.[1]).filter(Boolean))]
      .map(Number)
      .sort((a, b) => a - b);
    out[f.key] = rows.map((i) => {
      const item: Record<string, unknown> = {};
      for (const sub of f.itemFields ?? []) {
        const v = read(sub, `ev.${f.key}.${i}.${sub.key}`);
        item[sub.key] = v === "" ? undefined : v;
      }
      return item;
    });
  }
  return out;
}

export const OVERVIEW_SORTS = SORT_KEYS;

/** Filters of the coordinators' overview, read from the query string. */
export const ZOverviewFilterSchema = z.object({
  q: z.preprocess(blankToUndefined, zText({ max: 200 }).optional()),
  phase: z.preprocess(blankToUndefined, z.enum(["A", "B", "C", "D", "DONE"]).optional()),
  waitingOnBits: flag.default(false),
  overdue: flag.default(false),
  thirdParty: flag.default(false),
  stale: flag.default(false),
  sort: z.preprocess(blankToUndefined, z.enum(OVERVIEW_SORTS).default("name")),
  /** The sort's direction; absent: the key's default (lib/overview-tools/sort.ts). */
  dir: z.preprocess(blankToUndefined, z.enum(SORT_DIRS).optional()),
  /** Responsible coordinator: "mine", "none" or a user id (lib/overview-tools/owner-filter.ts). */
  owner: z.preprocess(blankToUndefined, zText({ max: 64 }).optional()),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

/**
 * Rows per overview page: filters and sorting see every institution, the page renders these.
 * 25 rich rows: at 50 the page was ~450 kB of HTML + RSC payload and rendering it dominated the
 * overview's response time; search, filters, sort and the exports cover the rest.
 */
export const OVERVIEW_PAGE_SIZE = 25;
export type TOverviewFilter = z.infer<typeof ZOverviewFilterSchema>;

/** What the step form's action hands back to useActionState. */
/** A refused save's conflict: who changed the step and when, the latest values, and the merge. */
export interface TStepConflict {
  updatedBy: string | null;
  updatedAt: string | null;
  version: number;
  latest: TStepValues;
  merged?: TStepValues;
  conflicts?: TMergeConflict[];
}

export type TStepActionState =
  | { ok: true; version: number; values?: TStepValues; message?: "saved" | "commented" | "sent" | "approved" | "returned" }
  | {
      ok: false;
      code?: "NOT_FOUND" | "CONFLICT" | "INVALID" | "UNAUTHENTICATED" | "RATE_LIMITED" | "GONE";
      /** A rule code of lib/onboarding (STEP_RULE_MESSAGES) or EVIDENCE_INVALID, STEP_NOT_APPLICABLE. */
      rule?: string;
      fieldErrors?: Record<string, string[]>;
      /** Machine keys of missing evidence (EVIDENCE_INCOMPLETE). */
      missing?: string[];
      conflict?: TStepConflict;
    }
  | null;
