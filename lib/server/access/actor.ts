import "server-only";
import { cache } from "react";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { env } from "../../env";
import { decodeSessionToken } from "../auth/session-token";
import { sessionPolicy } from "../auth/sessions";
import { db } from "../db";
import { loadActor, type Actor } from "./load-actor";

export type { Actor } from "./load-actor";

const policy = sessionPolicy(env);

/**
 * The signed-in user, read fresh from the database on every request together with the session
 * record: a revoked, idle or expired session, or a disabled user, counts as signed out.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const token = await sessionToken();
  if (!token?.uid || !token.sid) return null;
  return loadActor(db, { userId: token.uid, sessionId: token.sid }, policy);
});

/**
 * The session cookie's token, decrypted and checked (signature, expiry) once, as proxy.ts reads
 * it. getServerSession did the same and then ran the callbacks and encrypted a refreshed token
 * that a server component cannot set: two key derivations and a cipher more on every page.
 */
export async function sessionToken() {
  // Cookies only: no bearer header, like getServerSession.
  const req = { cookies: await cookies(), headers: new Headers() } as unknown as NextRequest;
  return getToken({ req, secret: env.NEXTAUTH_SECRET, decode: decodeSessionToken });
}

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
