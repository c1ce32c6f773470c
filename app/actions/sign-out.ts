"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { sessionToken } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { revokeSession } from "@/lib/server/auth/sessions";

// next-auth's JWT session cookie: "__Secure-" on https, and split into ".0", ".1" … when large.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/**
 * Ends the session on the server (a copy of the cookie opens nothing afterwards) and in this
 * browser, then opens the sign-in page. A server action behind a plain form, so signing out works
 * before the page has hydrated (next-auth's client signOut needs JavaScript and two round trips first).
 */
export async function signOut(): Promise<void> {
  const token = await sessionToken().catch(() => null);
  if (token?.sid) await revokeSession({ db, sessionId: token.sid });
  const store = await cookies();
  for (const { name } of store.getAll()) {
    if (SESSION_COOKIE.test(name)) store.delete({ name, path: "/", secure: name.startsWith("__Secure-") });
  }
  redirect("/sign-in");
}
