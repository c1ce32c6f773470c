import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // "server-only" throws outside React Server Components; tests call server modules directly.
      "server-only": path.resolve(import.meta.dirname, "lib/server/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", "data/**"],
    environment: "node",
    // integration tests share one PostgreSQL database: run files one at a time
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
