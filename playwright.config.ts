import { defineConfig, devices } from "@playwright/test";
import { E2E_ACTIONS_KEY, E2E_DATABASE_URL, E2E_NEXTAUTH_SECRET, E2E_PORT } from "./e2e/config";

// e2e runs the production build (next build && next start via scripts/start.mjs) on a dedicated
// PostgreSQL database, so specs can make their own data with the seed factories while it runs.
const port = E2E_PORT;

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  // a loaded 2-core CI machine: account creation (argon2id) and builds can outlast 5 s
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://localhost:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      DATABASE_URL: E2E_DATABASE_URL,
      NEXTAUTH_SECRET: E2E_NEXTAUTH_SECRET,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: E2E_ACTIONS_KEY,
      // the demo institutions and logins are part of the e2e database, as on a demo start
      AJOUR_DEMO: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
