"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/sign-in" })} className="rounded border border-white/70 px-3 py-1 text-sm hover:bg-white/10">
      {label}
    </button>
  );
}
