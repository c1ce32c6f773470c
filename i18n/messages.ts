import type { Locale } from "./locales";

// One file per area and language (messages/<locale>/<namespace>.json), so areas can grow apart.
// common.json holds top-level keys; every other file becomes the namespace of its name.
export const NAMESPACES = ["auth", "admin", "audit", "institution", "account", "checklist", "testPanel", "sandbox", "activity", "password", "verification", "delegation", "integrationTest", "notifications", "overviewTools", "portfolio"] as const;

// The files are part of the build and never change while it runs: merge them once per language,
// not on every request.
const loaded = new Map<Locale, Promise<Record<string, unknown>>>();

export function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = readMessages(locale);
    loaded.set(locale, messages);
    messages.catch(() => loaded.delete(locale));
  }
  return messages;
}

async function readMessages(locale: Locale): Promise<Record<string, unknown>> {
  const common = (await import(`../messages/${locale}/common.json`)).default;
  const parts = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`../messages/${locale}/${ns}.json`)).default] as const),
  );
  return { ...common, ...Object.fromEntries(parts) };
}

/**
 * The messages under the given namespaces ("checklist.form" or "errors"), nested as in the full
 * tree: what a client provider sends to the browser. An unknown namespace throws, so a typo
 * fails on the first render instead of showing message keys.
 */
export function pickMessages(messages: Record<string, unknown>, namespaces: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const ns of namespaces) {
    const path = ns.split(".");
    const value = path.reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), messages);
    if (value === undefined) throw new Error(`Unknown message namespace: ${ns}`);
    let target = picked;
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[path[path.length - 1]] = value;
  }
  return picked;
}
