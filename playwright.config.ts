import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { testStaffPassword } from './scripts/test-password.mjs';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

// Debian's Chromium where it is installed (browsers cannot be downloaded everywhere);
// Playwright's own browser elsewhere.
// The demo accounts' password on the test server, for the server's seed and the tests alike.
process.env.TEST_STAFF_PASSWORD = testStaffPassword();

const launchOptions = chromiumLaunchOptions();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // Never retried: a test that needs a second try is a bug to fix (the keep-alive reset is gone with
  // scripts/server.mjs's 65 s keepAliveTimeout; the render racing a save is expired by the scheduler tick).
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // A trace records every action's DOM and a screencast, for every test, to keep only a failure's: a
  // fifth of the suite's time on two cores (the same 44 tests: 270 s with it, 218 s without). CI keeps
  // its log, not its files, so it records none; elsewhere a failure keeps its trace. Screenshots of a
  // failure are kept everywhere.
  use: { baseURL, trace: process.env.CI ? 'off' : 'retain-on-failure', screenshot: 'only-on-failure', locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', launchOptions },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions } },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    env: { PORT: String(PORT), SITE_URL: baseURL },
  },
});
