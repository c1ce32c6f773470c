// Inputs of the sandbox: the sandbox-only employer-months API and the token page's forms.
// Form schemas carry translation keys (messages/<locale>/sandbox.json "errors") as messages.
import { z } from "zod";
import { isValidOrgnr, MAX_RANGE_MONTHS, parseRanges, TooManyMonthsError, ZMonthSchema, ZOrgnrSchema } from "../rules";
import { zId, zText } from "./text";

/** PUT /api/sandbox/opplysningspliktig/{orgnr}/maaneder (sandbox-only). 1200 months = 100 years. */
export const ZEmployerMonthsPutSchema = z.strictObject({
  maaneder: z.array(ZMonthSchema).max(MAX_RANGE_MONTHS, `høyst ${MAX_RANGE_MONTHS} måneder`),
});
/** The {orgnr} path segment of that call, named as the field it is. */
export const ZEmployerPathSchema = z.object({ opplysningspliktig: ZOrgnrSchema });

export type TEmployerMonthsPut = z.infer<typeof ZEmployerMonthsPutSchema>;

export const ZSandboxTokenCreateSchema = z.object({
  name: zText({ min: 1, max: 100, messages: { required: "nameRequired", tooLong: "nameTooLong", characters: "characters" } }),
});

export const ZSandboxTokenRevokeSchema = z.object({ tokenId: zId("required") });

export const ZSandboxAgreementDeleteSchema = z.object({ agreementId: zId("required") });

/** Employer months as ranges text, e.g. "2022-03..2022-05, 2022-09"; empty removes the employer.
 * At most MAX_RANGE_MONTHS months, counted before the ranges are expanded ("rangesTooMany"). */
export const ZSandboxEmployerFormSchema = z.object({
  opplysningspliktig: z.string().trim().refine(isValidOrgnr, "orgnr"),
  ranges: z.string().max(20_000, "ranges").transform((text, ctx) => {
    try {
      return parseRanges(text, MAX_RANGE_MONTHS);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: error instanceof TooManyMonthsError ? "rangesTooMany" : "ranges" });
      return z.NEVER;
    }
  }),
});
export type TSandboxEmployerForm = z.infer<typeof ZSandboxEmployerFormSchema>;
