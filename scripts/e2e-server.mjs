#!/usr/bin/env node
// The server Playwright tests against: the production build on a database of its own with
// demo content. Without DATABASE_URL: a fresh PGlite folder (.e2e-data); with it, that
// database (CI gives it a fresh one).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const env = { ...process.env, NEXTAUTH_URL: process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3100}` };
// The test server stands as if behind one proxy (nginx, as in production): each test may be a reader
// of its own by sending X-Forwarded-For, so that one test's per-address limits never meet another's.
env.TRUST_PROXY ??= '1';
// A throwaway signing key: sessions of a test server are never meant to outlive it.
env.NEXTAUTH_SECRET ??= `e2e-${Math.random().toString(36).slice(2)}${Date.now()}`;
if (!env.DATABASE_URL) {
  env.NEWSROOM_DATA_DIR = path.join(root, '.e2e-data');
  fs.rmSync(env.NEWSROOM_DATA_DIR, { recursive: true, force: true });
}
if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.error('No production build: run `npx next build` first (npm test does).');
  process.exit(1);
}
// --demo-accounts: on PostgreSQL too, the journeys sign in with the demo password (a test
// server; the seed refuses the flag when NODE_ENV=production).
const seedArgs = ['--conditions=react-server', 'scripts/seed.ts', '--articles', '200', '--demo-accounts'];
const seed = spawnSync(path.join(root, 'node_modules/.bin/tsx'), seedArgs, { stdio: 'inherit', env: { ...env, NODE_ENV: 'test' } });
if (seed.status !== 0) process.exit(seed.status ?? 1);
// The tests play the one trusted proxy (TRUST_PROXY=1, as in production behind nginx): the last
// X-Forwarded-For entry a test sends is "the address the proxy saw", so each test can be a reader
// of its own; entries before it are what a client made up, and change nothing.
const server = spawn(process.execPath, ['scripts/server.mjs'], {
  stdio: 'inherit',
  env: { ...env, PORT: env.PORT ?? '3100', NODE_ENV: 'production', TRUST_PROXY: env.TRUST_PROXY ?? '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
