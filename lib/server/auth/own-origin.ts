import { env } from "../../env";

/** The app's own origin: NEXTAUTH_URL's (npm start sets it to http://localhost:$PORT when unset). */
export function ownOrigin(): string {
  return new URL(env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).origin;
}
