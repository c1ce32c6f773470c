import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import type { TActor } from "../../onboarding/permissions";
import { authOptions } from "../auth/auth-options";
import { db } from "../db";

export interface Actor extends TActor {
  id: string;
  email: string;
  name: string;
}

/**
 * The signed-in user, read fresh from the database on every request: a disabled user or a
 * session older than the last password change (sessionVersion) counts as signed out.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  const user = await db.user.findUnique({
    where: { id: session.user.id },
    include: { memberships: { select: { institutionId: true, memberRole: true } } },
  });
  if (!user || user.disabled || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, memberships: user.memberships };
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
