// The one way Ajour names a person: their display name, with the e-mail address as secondary
// text where it helps. The audit trail records actors by e-mail address; pages resolve them to
// people with `personFromActor`. Pure (no Next, no React).

/** The audit actor of what Ajour itself did (setting up a fresh installation), not a person. */
export const SYSTEM_ACTOR = "system";

export type TPerson =
  /** A person: name when Ajour knows them (a user row), e-mail address when only that is known. */
  | { kind: "user"; name: string | null; email: string | null }
  /** Ajour itself (the demo seed, set-up): shown with the page's word for it, never as a code. */
  | { kind: "system" };

const looksLikeEmail = (s: string) => /^[^\s@]+@[^\s@]+$/.test(s);

/**
 * The person behind an audit actor. `names` maps known e-mail addresses (lower-case) to names.
 * Anything that is not an e-mail address ("seed", "system") is Ajour itself.
 */
export function personFromActor(actor: string, names: ReadonlyMap<string, string>): TPerson {
  const email = actor.trim().toLowerCase();
  if (!looksLikeEmail(email)) return { kind: "system" };
  return { kind: "user", name: names.get(email) ?? null, email };
}

/** The text that names the person: "Kari Koordinator", else the address, else `systemLabel`. */
export function personLabel(p: TPerson, systemLabel: string): string {
  if (p.kind === "system") return systemLabel;
  return p.name?.trim() || p.email || systemLabel;
}

/** The secondary line under the name (the address), or null when it would repeat the label. */
export function personSecondary(p: TPerson): string | null {
  return p.kind === "user" && p.name?.trim() && p.email ? p.email : null;
}

/**
 * An e-mail address split where a line may break without splitting a word: after "@" and
 * before each ".". Render the parts with <wbr> between them.
 */
export function emailBreakParts(email: string): string[] {
  return email.split(/(?<=@)|(?=\.)/);
}

/** Up to two initials for an avatar: first and last name ("Kari Nordmann" → "KN"), else the address's first letter. */
export function initials(nameOrEmail: string): string {
  const words = nameOrEmail.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return "?";
  if (words.length === 1) return words[0]!.replace(/[^\p{L}]/gu, "").slice(0, 1).toUpperCase() || "?";
  const letter = (w: string) => w.match(/\p{L}/u)?.[0] ?? "";
  return (letter(words[0]!) + letter(words[words.length - 1]!)).toUpperCase();
}
