import { z } from "zod";
import { optionalDate, optionalText } from "./query-fields";

/** Filters of the audit page, read from the query string. */
export const ZAuditFilterSchema = z.object({
  institutionId: optionalText,
  actor: optionalText,
  action: optionalText,
  from: optionalDate,
  to: optionalDate,
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type TAuditFilter = z.infer<typeof ZAuditFilterSchema>;
