import { z } from "zod";

// Parsed once; every variable is optional so `npm start` works with no configuration at all.
const ZEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).default("./data/pglite"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Signs session tokens; `npm start` generates one into ./data when unset. */
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  SESSION_MAX_AGE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(8),
  /** Optional OpenID Connect sign-in (ID-porten, Entra ID …): all three switch it on. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("ID-porten"),
  /** smtp://user:pass@host:port — invitations are e-mailed too when set. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.string().min(3).default("Ajour <ajour@localhost>"),
  /** Sandbox API requests per token and minute (HTTP 429 beyond). */
  SANDBOX_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),

  // --- Sessions and sign-in limits (lib/server/auth) ---
  /** A session ends this long after sign-in however much it is used (SESSION_MAX_AGE_HOURS is the idle limit). */
  SESSION_ABSOLUTE_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24),
  /** Reverse proxies in front of Ajour that append the client's address to X-Forwarded-For; 0 = trust no forwarded header. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // --- end sessions and sign-in limits ---
});

// ---- Production start (issue 11): demo seeding, required secrets, shared server-action key ----
const ZProductionStartShape = {
  /** Direct (not pooled) PostgreSQL URL for migrations when DATABASE_URL goes through PgBouncer. */
  DIRECT_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DIRECT_DATABASE_URL must be a postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** `1` seeds the demo into an empty PostgreSQL database, `0` keeps it out of PGlite too. */
  AJOUR_DEMO: z.enum(["0", "1"], "AJOUR_DEMO must be 0 or 1").optional(),
  /** Next's key for server action ids and closures; read by `next build` (set at build time). */
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .refine((k) => /^[A-Za-z0-9+/]+={0,2}$/.test(k) && [16, 24, 32].includes(Buffer.from(k, "base64").length), {
      message: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be base64 of 16, 24 or 32 bytes (openssl rand -base64 32)",
    })
    .optional(),
  /** Set by `next build` while it runs; the production checks below are for a running server. */
  NEXT_PHASE: z.string().optional(),
};

/**
 * A production server on PostgreSQL serves real people: it must not fall back to a generated
 * signing secret (each instance would get its own) nor guess its public URL (invitation links).
 * `next start` always runs with NODE_ENV=production, so this holds for every server on
 * PostgreSQL; the embedded database (a demo or trial on one machine) keeps its defaults.
 */
function requireProductionSecrets(env: { NODE_ENV: string; DATABASE_URL?: string; NEXTAUTH_SECRET?: string; NEXTAUTH_URL?: string; NEXT_PHASE?: string }, ctx: z.RefinementCtx) {
  if (env.NODE_ENV !== "production" || !env.DATABASE_URL || env.NEXT_PHASE === "phase-production-build") return;
  for (const message of productionStartProblems(env)) ctx.addIssue({ code: "custom", path: [message.split(":")[0]], message: message.slice(message.indexOf(":") + 2) });
}

/** What a production start on PostgreSQL lacks, one line per variable (also used by scripts/start.mjs's wording). */
export function productionStartProblems(env: { NEXTAUTH_SECRET?: string; NEXTAUTH_URL?: string }): string[] {
  const problems: string[] = [];
  if (!env.NEXTAUTH_SECRET) {
    problems.push("NEXTAUTH_SECRET: required in production with a PostgreSQL DATABASE_URL; set a random value of 32+ characters, the same on every instance (openssl rand -base64 32)");
  }
  if (!env.NEXTAUTH_URL) {
    problems.push("NEXTAUTH_URL: required in production with a PostgreSQL DATABASE_URL; set the public URL people open, e.g. https://ajour.example.no");
  }
  return problems;
}

// ---- Verification (issue 16) ----
const ZVerificationShape = {
  /** Test Maskinporten's JWKS; a pasted token's signature is checked against it when set. */
  MASKINPORTEN_JWKS_URL: z.url("MASKINPORTEN_JWKS_URL must be a URL").optional().or(z.literal("").transform(() => undefined)),
};
// ---- end of verification block ----

const ZFullEnvSchema = ZEnvSchema.extend(ZProductionStartShape).extend(ZVerificationShape).superRefine(requireProductionSecrets);
// ---- end of production start block ----

export type TEnv = z.infer<typeof ZFullEnvSchema>;

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const result = ZFullEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);
