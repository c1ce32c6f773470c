import { z } from "zod";

const optionalText = z.string().trim().max(200).optional().transform((v) => (v ? v : undefined));
const optionalDate = z
  .string()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.iso.date().optional());

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
