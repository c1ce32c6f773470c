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

export type TEnv = z.infer<typeof ZEnvSchema>;

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const result = ZEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);
