"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/i18n/locales";

const ZLocaleSchema = z.enum(LOCALES);

/** Stores the chosen language; the current page re-renders in it. */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = ZLocaleSchema.safeParse(formData.get("locale"));
  if (!parsed.success) return; // unknown language: keep the current one
  (await cookies()).set(LOCALE_COOKIE, parsed.data, {
    path: "/",
    sameSite: "lax",
    httpOnly: false,
    maxAge: 60 * 60 * 24 * 365,
  });
}
