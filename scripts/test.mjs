#!/usr/bin/env node
// npm test: every check, in the order a failure is cheapest to find.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const steps = [
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['unit and integration', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['next', 'build']],
  ['end-to-end', 'npx', ['playwright', 'test']],
  // Two production instances on PostgreSQL + Redis + S3 behind the generated nginx config.
  ['cluster (two instances behind nginx)', 'npx', ['playwright', 'test', '--config', 'playwright.cluster.config.ts']],
];

// The cluster step runs nginx and redis-server; CI installs them (.ci/run). Elsewhere, without
// them, it is skipped with a note rather than failing the quick-start command.
const has = (bin) => ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin'].some((dir) => fs.existsSync(`${dir}/${bin}`));
const clusterTools = has('nginx') && has('redis-server');

for (const [name, command, args] of steps) {
  if (name.startsWith('cluster') && !clusterTools && !process.env.CI) {
    console.log(`\n=== ${name}: skipped (needs nginx and redis-server: apt-get install nginx-light redis-server)`);
    continue;
  }
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  console.log(`=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} (${Math.round((Date.now() - started) / 1000)} s)`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
