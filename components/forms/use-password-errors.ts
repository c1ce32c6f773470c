"use client";

import { useTranslations } from "next-intl";

/**
 * Translates the "password.*" keys the server returns for a password it will not set (too short,
 * too easy to guess, zxcvbn's warning and suggestions); other keys go to `fallback`. Pages that
 * use it send the "password" namespace.
 */
export function usePasswordErrors() {
  const t = useTranslations("password");
  return (key: string, fallback: (key: string) => string): string =>
    key.startsWith("password.") && t.has(key.slice("password.".length) as never) ? t(key.slice("password.".length) as never) : fallback(key);
}
