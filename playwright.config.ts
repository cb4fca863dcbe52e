import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/chromium.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium and its flags, shared with the page bench (bench/03-pages.mjs).
const launchOptions = chromiumLaunchOptions();

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    {
      name: "mobile",
      use: { ...devices["Pixel 7"], viewport: { width: 375, height: 740 }, launchOptions },
      grep: /@mobile/,
    },
  ],
  webServer: {
    // A fresh database per run (and per port), so accounts, rate-limit counters and teams start empty.
    command: `rm -f .data/e2e-${port}.db .data/e2e-${port}.db-wal .data/e2e-${port}.db-shm && node scripts/start.mjs --port ${port}`,
    // The public origin every absolute link is written with (never taken from request headers).
    // No per-request log lines in the test output (e2e/server-hardening.spec.ts checks them on its own servers).
    env: { DATABASE_URL: `file:./.data/e2e-${port}.db`, APP_ORIGIN: baseURL, LOG_REQUESTS: "0" },
    url: baseURL,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
  },
});
