import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/ajour_e2e";
export const FIXTURES_FILE = path.resolve("test-results", "e2e-fixtures.json");
