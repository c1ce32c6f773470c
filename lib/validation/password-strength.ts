// Password strength, offline: zxcvbn-ts with its common and English dictionaries from npm (nothing
// downloads). Pure, so a client could show it live, but the dictionaries are megabytes: only the
// server imports it (the use-cases that set a password), and the server is the authority.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import { MIN_PASSWORD_LENGTH } from "../server/auth/password-policy";

/** zxcvbn score (0–4) a password needs: 3 = "safely unguessable" (~10^10 guesses). */
export const MIN_PASSWORD_SCORE = 3;

/** Words that make a password guessable here: the app's own name and domain words. */
const APP_WORDS = ["ajour", "bits", "otp", "pensjon", "pensjonskasse", "skatteetaten", "passord", "tjenestepensjon"];

export type TPasswordWeakness =
  | { reason: "tooShort"; min: number }
  | { reason: "weak"; warning: string | null; suggestions: string[] };

let factory: ZxcvbnFactory | null = null;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return factory;
}

/** Parts of a person that must not carry a password: e-mail local part and domain words, name parts. */
export function personalWords(person: { email?: string | null; name?: string | null }): string[] {
  const email = (person.email ?? "").toLowerCase();
  const [local = "", domain = ""] = email.split("@");
  const words = [email, local, ...local.split(/[^\p{L}\p{N}]+/u), ...domain.split("."), ...(person.name ?? "").toLowerCase().split(/\s+/)];
  return [...new Set(words.filter((w) => w.length >= 3))];
}

/**
 * null when the password is good enough; else why not. Warnings and suggestions are zxcvbn's
 * keys (e.g. "straightRow", "useWords"), translated in messages/<locale>/passwordStrength.json.
 */
export function passwordWeakness(password: string, person: { email?: string | null; name?: string | null } = {}): TPasswordWeakness | null {
  if (password.length < MIN_PASSWORD_LENGTH) return { reason: "tooShort", min: MIN_PASSWORD_LENGTH };
  // zxcvbn's cost grows with length; beyond 100 characters the first 100 decide
  const result = estimator().check(password.slice(0, 100), [...APP_WORDS, ...personalWords(person)]);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  return { reason: "weak", warning: result.feedback.warning || null, suggestions: result.feedback.suggestions };
}
