// The overview's working tools (issue 15): ownership, saved views and bulk actions. Error messages
// are keys in the "overviewTools" namespace (errors.*).
import { z } from "zod";
import { normalizeDateInput } from "../format/dates";
import { MAX_VIEW_QUERY, normalizeViewQuery } from "../overview-tools/view-query";
import { zId, zText } from "./text";
import { STEP_KEY_PATTERN } from "./checklist";

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const flag = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());
const optionalId = z.preprocess(blankToNull, zId("errors.unknownPerson").nullable());

/** The responsible Bits coordinator and the main contact of one institution (blank: nobody). */
export const ZOwnershipSchema = z.object({
  responsibleCoordinatorId: optionalId,
  mainContactUserId: optionalId,
});
export type TOwnership = z.infer<typeof ZOwnershipSchema>;

export const SAVED_VIEW_NAME_MAX = 80;
const viewName = zText({ min: 1, max: SAVED_VIEW_NAME_MAX, messages: { required: "errors.nameRequired", tooLong: "errors.nameTooLong", characters: "errors.characters" } });

export const ZSavedViewCreateSchema = z.object({
  name: viewName,
  query: z.string().max(MAX_VIEW_QUERY * 2, "errors.queryTooLong").transform((q) => normalizeViewQuery(q)).pipe(z.string().max(MAX_VIEW_QUERY, "errors.queryTooLong")),
  shared: flag.default(false),
});
export const ZSavedViewRenameSchema = z.object({ viewId: zId("errors.unknownView"), name: viewName });
export const ZSavedViewIdSchema = z.object({ viewId: zId("errors.unknownView") });
export const ZSavedViewShareSchema = z.object({ viewId: zId("errors.unknownView"), shared: flag });

/** At most this many institutions per bulk action: more than a portfolio, bounded for the one transaction. */
export const MAX_BULK_INSTITUTIONS = 1000;

const ids = z
  .array(zId("errors.unknownInstitution"))
  .min(1, "errors.noSelection")
  .max(MAX_BULK_INSTITUTIONS, "errors.tooMany")
  .transform((list) => [...new Set(list)]);

export const ZBulkDueDateSchema = z.object({
  op: z.literal("dueDate"),
  ids,
  stepKey: z.string().regex(STEP_KEY_PATTERN, "errors.stepKey"),
  dueDate: z.preprocess((v) => normalizeDateInput(typeof v === "string" ? v.trim() : v), z.iso.date("errors.date")),
});
export const ZBulkAssignSchema = z.object({
  op: z.literal("assign"),
  ids,
  /** blank: nobody responsible */
  coordinatorId: optionalId,
});
export const ZBulkRemindSchema = z.object({
  op: z.literal("remind"),
  ids,
  message: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), zText({ max: 2000, multiline: true, messages: { tooLong: "errors.messageTooLong" } }).optional()),
});
export const ZBulkActionSchema = z.discriminatedUnion("op", [ZBulkDueDateSchema, ZBulkAssignSchema, ZBulkRemindSchema], { error: "errors.unknownAction" });
export type TBulkAction = z.infer<typeof ZBulkActionSchema>;

/** A bulk form's fields: `ids` repeats (one checkbox per institution), the rest once. */
export function bulkInput(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$ACTION") && k !== "ids") out[k] = v;
  out.ids = formData.getAll("ids").filter((v): v is string => typeof v === "string");
  return out;
}
