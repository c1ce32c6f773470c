// Every place that sets a password asks here (invitation acceptance, change password, admin:create's
// set-password page): the length rule and zxcvbn's score, with the reasons as message keys of the
// "password" namespace (messages/<locale>/password.json).
import { passwordWeakness } from "../../validation/password-strength";

/** null when the password may be set; else message keys ("password.weak", "password.warnings.…", …). */
export function passwordWeaknessErrors(password: string, person: { email?: string | null; name?: string | null }): string[] | null {
  const weakness = passwordWeakness(password, person);
  if (!weakness) return null;
  if (weakness.reason === "tooShort") return ["password.tooShort"];
  return [
    "password.weak",
    ...(weakness.warning ? [`password.warnings.${weakness.warning}`] : []),
    ...weakness.suggestions.map((s) => `password.suggestions.${s}`),
  ];
}
