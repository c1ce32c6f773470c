import { signOut } from "@/app/actions/sign-out";
import { Button } from "@/components/ds";

/** A plain form: works without JavaScript and before hydration. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOut}>
      <Button type="submit" variant="secondary" data-size="sm">
        {label}
      </Button>
    </form>
  );
}
