import { ZActivityFilterSchema, type TActivityFilter } from "../validation/activity";
import { firstValues } from "./search-params";

/** The activity filter of a page's searchParams; an invalid one falls back to no filter. */
export function activityFilterOf(params: Record<string, string | string[] | undefined>): { query: Record<string, string>; filter: TActivityFilter; valid: boolean } {
  const query = firstValues(params);
  const parsed = ZActivityFilterSchema.safeParse(query);
  return { query, filter: parsed.success ? parsed.data : ZActivityFilterSchema.parse({}), valid: parsed.success };
}
