"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

// next-auth's JWT session cookie: "__Secure-" on https, and split into ".0", ".1" … when large.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/**
 * Ends the session in this browser and opens the sign-in page. A server action behind a plain
 * form, so signing out works before the page has hydrated (next-auth's client signOut needs
 * JavaScript and two round trips first).
 */
export async function signOut(): Promise<void> {
  const store = await cookies();
  for (const { name } of store.getAll()) {
    if (SESSION_COOKIE.test(name)) store.delete({ name, path: "/", secure: name.startsWith("__Secure-") });
  }
  redirect("/sign-in");
}
