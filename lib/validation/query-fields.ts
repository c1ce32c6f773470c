import { z } from "zod";
import { normalizeDateInput } from "../format/dates";
import { zText } from "./text";

// Optional fields of GET filter forms: an empty input means "no filter".
export const optionalText = zText({ max: 200 }).optional().transform((v) => (v ? v : undefined));
export const optionalDate = z
  .string()
  .optional()
  .transform((v) => (v ? (normalizeDateInput(v) as string) : undefined))
  .pipe(z.iso.date().optional());
