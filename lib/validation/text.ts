// The one schema for free text, used by every schema that accepts it (forms, server actions, the
// sandbox API, step evidence): a NUL character, a lone UTF-16 surrogate or another control
// character is refused as a field error (the API's 400 OTP-006) before anything reaches the
// database, where PostgreSQL refuses NUL in text and the whole request used to fail with a 500.
// Multi-line text (comments, notes) keeps tab, line feed and carriage return (a browser sends a
// textarea's line breaks as CRLF). This module imports only zod, so the pure layers (lib/rules,
// lib/onboarding) use it too.
import { z } from "zod";

/** C0 control characters and DEL; a single line allows none of them. */
const CONTROL = /[\u0000-\u001F\u007F]/;
/** The same, less tab, line feed and carriage return. */
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export type TTextProblem = "control" | "surrogate";

/** What makes `s` unfit to store, or null: a control character, or a lone surrogate (not well-formed UTF-16). */
export function textProblem(s: string, multiline = false): TTextProblem | null {
  if ((multiline ? CONTROL_MULTILINE : CONTROL).test(s)) return "control";
  if (!s.isWellFormed()) return "surrogate";
  return null;
}

export interface TTextOptions {
  max: number;
  /** Refuse an empty (after trimming) value, with messages.required. */
  min?: number;
  /** Allow tab and line breaks. */
  multiline?: boolean;
  /** Trim surrounding white space (default true). */
  trim?: boolean;
  /** Messages (translation keys of the form's namespace, or sentences for the API). */
  messages?: { required?: string; tooLong?: string; characters?: string };
}

/** Default message key of a refused character; every form namespace has `errors.characters`. */
export const TEXT_CHARACTERS_MESSAGE = "errors.characters";

/** A string of at most `max` characters without NUL, control characters or lone surrogates. */
export function zText(opts: TTextOptions) {
  const base = opts.trim === false ? z.string() : z.string().trim();
  const bounded = (opts.min ? base.min(opts.min, opts.messages?.required) : base).max(opts.max, opts.messages?.tooLong);
  return bounded.refine((v) => textProblem(v, opts.multiline) === null, opts.messages?.characters ?? TEXT_CHARACTERS_MESSAGE);
}

/** A record id from a form or a bound argument (cuid): short, no control characters, so a forged
 * id is "not found", never a database error. */
export const zId = (message?: string) => zText({ min: 1, max: 64, trim: false, messages: { required: message, tooLong: message, characters: message } });
