"use server";
// Saves the signed-in person's e-mail preferences and language (issue 14).
import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { getActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { savePreferences } from "@/lib/server/notifications/preferences";
import { CATEGORIES } from "@/lib/notifications/categories";

const ZPreferences = z.object({ locale: z.enum(["nb", "en"]) }).catchall(z.string().max(20));

export async function saveNotificationPreferencesAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  const parsed = ZPreferences.safeParse(Object.fromEntries([...formData.entries()].filter(([k]) => !k.startsWith("$"))));
  if (!parsed.success) redirect("/account/notifications?error=1");
  const modes = Object.fromEntries(CATEGORIES.filter((c) => typeof parsed.data[c] === "string").map((c) => [c, String(parsed.data[c])]));
  try {
    await savePreferences({ db, user: { id: actor.id, role: actor.role }, locale: parsed.data.locale, modes });
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID") redirect("/account/notifications?error=1");
    throw error;
  }
  redirect("/account/notifications?saved=1");
}
