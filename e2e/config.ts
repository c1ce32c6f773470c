import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/ajour_e2e";
export const FIXTURES_FILE = path.resolve("test-results", "e2e-fixtures.json");
// A production server on PostgreSQL needs an explicit secret and public URL (lib/env.ts); the
// server-actions key is read by the build, so every instance started from it shares it.
export const E2E_NEXTAUTH_SECRET = "e2e-only-secret-not-for-production-0123456789";
export const E2E_ACTIONS_KEY = "ZTJlLW9ubHkta2V5LW5vdC1mb3ItcHJvZHVjdGlvbiE="; // base64 of 32 bytes
