// The server's own check (lib/env.ts): a production server on PostgreSQL needs an explicit
// signing secret and public URL; the embedded database and `next build` do not.
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const PG = "postgresql://app@db.example:5432/ajour";
const SECRET = "s".repeat(32);
const URL_ = "https://ajour.example.no";

describe("production start checks in lib/env.ts", () => {
  it("a production server on PostgreSQL without NEXTAUTH_SECRET and NEXTAUTH_URL is refused, naming both", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: PG })).toThrow(
      /NEXTAUTH_SECRET: required in production with a PostgreSQL DATABASE_URL.*\n.*NEXTAUTH_URL: required in production/,
    );
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: PG, NEXTAUTH_URL: URL_ })).toThrow(/NEXTAUTH_SECRET: required/);
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: PG, NEXTAUTH_SECRET: SECRET })).toThrow(/NEXTAUTH_URL: required/);
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: PG, NEXTAUTH_SECRET: "short", NEXTAUTH_URL: URL_ })).toThrow(/at least 32 characters/);
  });

  it("accepts it with both; the embedded database, development and the build phase need neither", () => {
    expect(parseEnv({ NODE_ENV: "production", DATABASE_URL: PG, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: URL_ }).NEXTAUTH_URL).toBe(URL_);
    expect(parseEnv({ NODE_ENV: "production" }).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ NODE_ENV: "development", DATABASE_URL: PG }).DATABASE_URL).toBe(PG);
    expect(parseEnv({ NODE_ENV: "production", DATABASE_URL: PG, NEXT_PHASE: "phase-production-build" }).DATABASE_URL).toBe(PG);
  });

  it("validates AJOUR_DEMO and the server-actions key", () => {
    expect(() => parseEnv({ AJOUR_DEMO: "yes" })).toThrow(/AJOUR_DEMO must be 0 or 1/);
    expect(() => parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "not-base64-of-a-key" })).toThrow(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be base64/);
    expect(parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64") }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toHaveLength(44);
  });
});
