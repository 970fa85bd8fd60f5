#!/usr/bin/env node
// npm start: build if needed, migrate, then serve. Honours PORT (default 3000).
// No DATABASE_URL: the demo — data in ./data (PGlite), demo content and demo accounts on an
// empty folder. With DATABASE_URL (production): migrations only (under an advisory lock, so
// instances started together migrate once), never any seeding; the first admin comes from
// `npm run user:create` or the one-time setup link the server prints.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serverArgs, serverEnv } from './server-command.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const port = process.env.PORT ?? '3000';
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\nLệnh thất bại: ${command} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
}

function newestSourceTime(dirs) {
  let newest = 0;
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  dirs.forEach(walk);
  for (const file of ['package-lock.json', 'next.config.js', 'instrumentation.ts']) {
    if (fs.existsSync(file)) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return newest;
}

const buildId = path.join(root, '.next', 'BUILD_ID');
const stale = !fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newestSourceTime(['app', 'components', 'lib', 'db']);
if (stale) {
  console.log('Đang build trang web (lần đầu mất vài phút)…');
  run(bin('next'), ['build']);
}

if (process.env.DATABASE_URL) run(bin('tsx'), ['--conditions=react-server', 'scripts/migrate.ts']);
else run(bin('tsx'), ['--conditions=react-server', 'scripts/seed.ts', '--if-empty']);

const siteUrl = process.env.SITE_URL ?? `http://localhost:${port}`;
const env = { ...process.env, SITE_URL: siteUrl, NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? siteUrl };
console.log(`\nNewsroom đang chạy tại http://localhost:${port}\n`);
const server = spawn(process.execPath, serverArgs(env), { stdio: 'inherit', env: serverEnv({ ...env, PORT: port, NODE_ENV: 'production' }) });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
