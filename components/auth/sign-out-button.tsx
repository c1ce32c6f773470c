import { signOut } from "@/app/actions/sign-out";

/** A plain form: works without JavaScript and before hydration. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOut}>
      <button type="submit" className="rounded border border-white/70 px-3 py-1 text-sm hover:bg-white/10">
        {label}
      </button>
    </form>
  );
}
