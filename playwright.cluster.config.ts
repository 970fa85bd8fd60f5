import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { testStaffPassword } from './scripts/test-password.mjs';
import { clusterDatabase, clusterPorts } from './scripts/cluster-ports.mjs';

// The two-instance production test (npm test runs it after the regular end-to-end suite):
// scripts/cluster.mjs starts PostgreSQL's database, Redis, an S3 server, instances A and B and
// nginx, and stops them all when Playwright sends SIGTERM at the end.
const ports = clusterPorts();
const url = (port: number) => `http://127.0.0.1:${port}`;
process.env.CLUSTER_A_URL = url(ports.a);
process.env.CLUSTER_B_URL = url(ports.b);
process.env.CLUSTER_NGINX_URL = url(ports.nginx);
process.env.CLUSTER_REDIS_PORT = String(ports.redis);
process.env.CLUSTER_DATABASE = clusterDatabase(ports);

// The demo accounts' password on the test server, for the server's seed and the tests alike.
process.env.TEST_STAFF_PASSWORD = testStaffPassword();

const launchOptions = chromiumLaunchOptions();

export default defineConfig({
  testDir: 'e2e-cluster',
  forbidOnly: Boolean(process.env.CI),
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: { locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', trace: 'retain-on-failure', launchOptions },
  projects: [{ name: 'cluster', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    command: 'node scripts/cluster.mjs',
    url: `${url(ports.nginx)}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
  },
});
