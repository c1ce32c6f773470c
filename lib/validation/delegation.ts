// B-7's delegation matrix: one cell confirmed or withdrawn. Unknown rights/environments refused.
import { z } from "zod";
import { DELEGATION_ENVIRONMENTS, DELEGATION_RIGHTS, type TDelegationRight } from "../onboarding/delegation";

export const ZDelegationCellSchema = z.object({
  right: z.enum(DELEGATION_RIGHTS as [TDelegationRight, ...TDelegationRight[]]),
  environment: z.enum(DELEGATION_ENVIRONMENTS),
  confirmed: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type TDelegationCellInput = z.infer<typeof ZDelegationCellSchema>;

/** The action's answer: ok, or the error code and the rule (under `delegation.errors`). */
export type TDelegationState = { ok: true } | { ok: false; code: string; rule?: string } | null;
