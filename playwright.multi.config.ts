import { defineConfig, devices } from "@playwright/test";
import { PUBLIC_URL } from "./e2e-multi/config";

// `npm test` runs this after the main Playwright run: two production instances from that build on
// one PostgreSQL database (e2e-multi/global-setup.ts starts them together on an empty database).
export default defineConfig({
  testDir: "e2e-multi",
  globalSetup: "./e2e-multi/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  // a loaded 2-core machine running two servers
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: {
    baseURL: PUBLIC_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
});
