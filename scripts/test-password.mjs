// The password of the demo accounts on a test server (the e2e server, the cluster): random, made
// once per checkout and kept in .e2e-password (ignored by git), so that Playwright's runner, its
// workers and a test server started earlier all read the same one. The published demo password
// (lib/demo/password.ts) opens only the PGlite demo; it can never be set on PostgreSQL.
// Plain JavaScript so that the configs and .mjs launchers import it without a build step.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// From the project's root, where npm and Playwright run (no import.meta here: Playwright compiles
// this file to CommonJS when a config imports it).
const file = path.resolve('.e2e-password');

/** TEST_STAFF_PASSWORD if set, else this checkout's own (made on first use). */
export function testStaffPassword() {
  if (process.env.TEST_STAFF_PASSWORD) return process.env.TEST_STAFF_PASSWORD;
  if (!fs.existsSync(file)) {
    try {
      fs.writeFileSync(file, `test-${randomBytes(18).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error; // another process made it first: read theirs
    }
  }
  return fs.readFileSync(file, 'utf8').trim();
}
