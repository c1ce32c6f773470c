import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "../auth/auth-options";
import { db } from "../db";
import { loadActor, type Actor } from "./load-actor";

export type { Actor } from "./load-actor";

/**
 * The signed-in user, read fresh from the database on every request: a disabled user or a
 * session older than the last password change (sessionVersion) counts as signed out.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return loadActor(db, session.user.id, session.sessionVersion);
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
