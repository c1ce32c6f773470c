// Saved test-panel scenarios: the scenario itself (the shape the URL codec reads and writes,
// lib/test-panel/scenario.ts `Scenario`) and the forms of the institution's test panel.
// Form messages are translation keys of messages/<locale>/testPanel.json "saved.errors".
import { z } from "zod";
import { isValidOrgnr, ZAgreementSchema, ZMonthSchema, ZOrgnrSchema } from "../rules";
import { MAX_AGREEMENTS, MAX_MONTHS, type Scenario } from "../test-panel/scenario";
import { zId, zText } from "./text";

const ascendingUnique = (months: readonly string[]) => months.every((m, i) => i === 0 || months[i - 1] < m);

/** A whole scenario; strict, so a stored or posted scenario holds nothing the panel cannot show. */
export const ZTestScenarioSchema: z.ZodType<Scenario> = z.strictObject({
  orgnr: z.union([z.literal(""), ZOrgnrSchema]),
  months: z.array(ZMonthSchema).max(MAX_MONTHS).refine(ascendingUnique, "months must be ascending and unique"),
  agreements: z
    .array(ZAgreementSchema)
    .max(MAX_AGREEMENTS)
    .refine((as) => new Set(as.map((a) => a.avtalereferanse)).size === as.length, "avtalereferanse must be unique"),
  query: z
    .strictObject({ fraOgMed: ZMonthSchema, tilOgMed: ZMonthSchema })
    .refine((q) => q.fraOgMed <= q.tilOgMed, "fraOgMed after tilOgMed")
    .optional(),
});

export const ZTestScenarioNameSchema = zText({ min: 1, max: 100, messages: { required: "nameRequired", tooLong: "nameTooLong", characters: "characters" } });

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** The save form: the scenario travels as JSON text; `overwrite` confirms replacing a scenario of the same name. */
export const ZTestScenarioSaveFormSchema = z.object({
  name: ZTestScenarioNameSchema,
  scenario: z.string().max(200_000, "scenario").transform((text, ctx): Scenario => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: "custom", message: "scenario" });
      return z.NEVER;
    }
    const r = ZTestScenarioSchema.safeParse(value);
    if (!r.success) {
      ctx.addIssue({ code: "custom", message: "scenario" });
      return z.NEVER;
    }
    return r.data;
  }),
  overwrite: checkbox,
});

export const ZTestScenarioDeleteSchema = z.object({ scenarioId: zId("required") });

/** "Load from sandbox": the employer whose sandbox data fills the panel. */
export const ZSandboxEmployerLoadSchema = z.object({ opplysningspliktig: z.string().trim().refine(isValidOrgnr, "orgnr") });
