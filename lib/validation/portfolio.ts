// Query parameters of the portfolio pages (issue 15).
import { z } from "zod";

export const ZPortfolioScopeSchema = z.enum(["all", "mine"]);
export const ZTimelineQuerySchema = z.object({
  sort: z.enum(["target", "slip"]).catch("target"),
  scope: ZPortfolioScopeSchema.catch("all"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export const TIMELINE_PAGE_SIZE = 25;
