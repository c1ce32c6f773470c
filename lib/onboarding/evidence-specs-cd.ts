// Evidence for phases C and D: what is recorded and when it is complete.
import { z } from "zod";
import {
  ALERT_CHANNEL_KEYS,
  ALERT_CHANNELS,
  NOTE_FIELD,
  TEST_RESULTS,
  absent,
  defineSpec,
  field,
  opt,
  zDate,
  zEmail,
  zList,
  zText,
  zUrl,
  type TEvidenceSpec,
} from "./evidence-primitives";
import { scopesSpec } from "./evidence-specs-ab";

const note = zText(2000, true);

export const ZTestCaseDraftSchema = z.object({
  name: zText(200),
  result: z.enum(TEST_RESULTS).optional(),
  date: zDate(),
});

const C4 = defineSpec({
  fields: [
    field("testCases", "list", "Testtilfeller", "Test cases", true, {
      itemFields: [
        field("name", "text", "Navn", "Name"),
        field("result", "select", "Resultat", "Result", true, {
          options: [opt("passed", "Bestått", "Passed"), opt("failed", "Feilet", "Failed"), opt("not-run", "Ikke kjørt", "Not run")],
        }),
        field("date", "date", "Dato", "Date"),
      ],
    }),
    field("reportUrl", "url", "Lenke til testrapporten", "Link to the test report"),
    NOTE_FIELD,
  ],
  schema: z.object({ testCases: zList(ZTestCaseDraftSchema), reportUrl: zUrl(), note }),
  // Complete with at least one case, every case named, dated and passed, and a report link.
  missing: (d) => {
    const cases = d.testCases ?? [];
    const out: string[] = cases.length === 0 ? ["testCases"] : [];
    cases.forEach((c, i) => {
      if (!c.name) out.push(`testCases.${i}.name`);
      if (c.result !== "passed") out.push(`testCases.${i}.result`);
      if (!c.date) out.push(`testCases.${i}.date`);
    });
    return [...out, ...absent(d, ["reportUrl"])];
  },
});

const channel = z.enum(ALERT_CHANNEL_KEYS as [keyof typeof ALERT_CHANNELS]);
const C6 = defineSpec({
  fields: [
    field("channels", "multiselect", "Abonnerer på", "Subscribed to", true, {
      options: ALERT_CHANNEL_KEYS.map((k) => opt(k, ALERT_CHANNELS[k].nb, ALERT_CHANNELS[k].en)),
    }),
    NOTE_FIELD,
  ],
  schema: z.object({ channels: zList(channel), note }),
  missing: (d) => ALERT_CHANNEL_KEYS.filter((k) => !(d.channels ?? []).includes(k)).map((k) => `channels.${k}`),
});

const C7 = defineSpec({
  fields: [field("confirmationSentOn", "date", "Bekreftelse sendt", "Confirmation sent"), NOTE_FIELD],
  schema: z.object({ confirmationSentOn: zDate(), note }),
  missing: (d) => absent(d, ["confirmationSentOn"]),
});

const D1 = defineSpec({
  fields: [field("productionOn", "date", "I produksjon fra", "In production from"), NOTE_FIELD],
  schema: z.object({ productionOn: zDate(), note }),
  missing: (d) => absent(d, ["productionOn"]),
});

const D2 = defineSpec({
  fields: [
    field("routinesInPlace", "boolean", "Rutinene er innarbeidet", "Routines in place"),
    field("errorContactName", "text", "Kontakt for feilmeldinger (navn)", "Contact for error reports (name)"),
    field("errorContactEmail", "email", "Kontakt for feilmeldinger (e-post)", "Contact for error reports (email)"),
    NOTE_FIELD,
  ],
  schema: z.object({ routinesInPlace: z.boolean().optional(), errorContactName: zText(200), errorContactEmail: zEmail(), note }),
  missing: (d) => [
    ...(d.routinesInPlace === true ? [] : ["routinesInPlace"]),
    ...absent(d, ["errorContactName", "errorContactEmail"]),
  ],
});

export const SPECS_CD: Readonly<Record<string, TEvidenceSpec>> = {
  "C-2": scopesSpec(),
  "C-4": C4,
  "C-6": C6,
  "C-7": C7,
  "D-1": D1,
  "D-2": D2,
};
