import { z } from "zod";
import { optionalDate, optionalText } from "./query-fields";
import { ACTIVITY_KINDS } from "../onboarding/activity";

/** Filters of the activity feeds, read from the query string. `q` (institution name or org.nr.)
 * is used by the coordinators' feed across institutions only. Dates are days in Norway. */
export const ZActivityFilterSchema = z
  .object({
    q: optionalText,
    kind: z.preprocess((v) => (v === "" ? undefined : v), z.enum(ACTIVITY_KINDS).optional()),
    from: optionalDate,
    to: optionalDate,
    page: z.coerce.number().int().min(1).max(10_000).default(1),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "to before from" });
export type TActivityFilter = z.infer<typeof ZActivityFilterSchema>;
