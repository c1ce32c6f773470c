"use server";
// The inbox's writes: mark one notification read, mark all read. Only ever the signed-in person's.
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { markAllRead, markRead } from "@/lib/server/notifications/inbox";

const ZMarkRead = z.object({ id: z.string().min(1).max(64), show: z.enum(["unread", "all"]).default("unread") });

export async function markNotificationReadAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  const parsed = ZMarkRead.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/notifications");
  await markRead({ db, userId: actor.id, id: parsed.data.id });
  redirect(parsed.data.show === "all" ? "/notifications?show=all" : "/notifications");
}

export async function markAllNotificationsReadAction(): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  await markAllRead({ db, userId: actor.id });
  redirect("/notifications");
}
