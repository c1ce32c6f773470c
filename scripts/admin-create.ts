// `npm run admin:create -- --email you@example.no --name "Your Name"`: issues a one-time link with
// which that person sets their password and becomes an administrator (see
// lib/server/invitations/create-admin-invitation.ts). The link starts with NEXTAUTH_URL, the public
// origin; on the embedded database (stop the server first: PGlite is single-process) it defaults
// to http://localhost:$PORT. Bad input changes nothing and exits with status 2.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { AppError } from "../lib/errors/app-error";

const EXPLAIN: Record<string, string> = {
  "errors.required": "is required",
  "errors.tooLong": "is too long",
  "errors.email": "is not a valid e-mail address",
  "errors.invalidText": "contains control characters or invalid Unicode",
  "errors.baseUrl": "is not an http(s) URL: set NEXTAUTH_URL to the public URL, e.g. https://ajour.example.no",
  "errors.alreadyAdmin": "already belongs to an administrator; they sign in as usual",
};

function fail(message: string): never {
  console.error(`[admin:create] ${message}\n[admin:create] Nothing was changed.`);
  process.exit(2);
}

async function main() {
  const root = path.resolve(__dirname, "..");
  if (fs.existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
  let args: { email?: string; name?: string };
  try {
    args = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } }, strict: true, allowPositionals: false }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n  usage: npm run admin:create -- --email you@example.no --name "Your Name"`);
  }
  if (!args.email || !args.name) fail('--email and --name are required\n  usage: npm run admin:create -- --email you@example.no --name "Your Name"');
  const { parseEnv } = await import("../lib/env");
  let env: ReturnType<typeof parseEnv>;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    fail((error as Error).message);
  }
  // On PostgreSQL the link goes to real people: never guess the public origin.
  if (env.DATABASE_URL && !env.NEXTAUTH_URL) fail("NEXTAUTH_URL is not set: set it to the public URL people open (e.g. https://ajour.example.no); the link starts with it.");
  const baseUrl = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
  const { createPrismaClient } = await import("../lib/server/prisma-client");
  const { createAdminInvitation } = await import("../lib/server/invitations/create-admin-invitation");
  const db = createPrismaClient({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  try {
    const result = await createAdminInvitation({ db, email: args.email, name: args.name, baseUrl });
    console.log(`[admin:create] Administrator invitation for ${result.email}, valid until ${result.expiresAt.toISOString()}.`);
    if (result.revoked > 0) console.log(`[admin:create] ${result.revoked} earlier link(s) for this e-mail no longer work.`);
    console.log(
      result.existingAccount
        ? "[admin:create] This e-mail has an account: its owner opens the link and accepts as that account to become administrator."
        : "[admin:create] Open the link once to set the password (show it to that person only; it is a credential):",
    );
    console.log(result.link);
  } catch (error) {
    if (error instanceof AppError && error.code !== "NOT_FOUND") {
      const fields = (error.details?.fieldErrors ?? {}) as Record<string, string[]>;
      const lines = Object.entries(fields).map(([f, keys]) => `${f === "baseUrl" ? "NEXTAUTH_URL" : `--${f}`} ${keys.map((k) => EXPLAIN[k] ?? k).join(", ")}`);
      fail(lines.join("\n[admin:create] ") || error.message);
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error("[admin:create] failed:", error);
  process.exit(1);
});
