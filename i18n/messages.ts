import type { Locale } from "./locales";

// One file per area and language (messages/<locale>/<namespace>.json), so areas can grow apart.
// common.json holds top-level keys; every other file becomes the namespace of its name.
export const NAMESPACES = ["auth", "admin", "audit", "institution", "account", "checklist", "testPanel", "sandbox", "activity"] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const common = (await import(`../messages/${locale}/common.json`)).default;
  const parts = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`../messages/${locale}/${ns}.json`)).default] as const),
  );
  return { ...common, ...Object.fromEntries(parts) };
}
