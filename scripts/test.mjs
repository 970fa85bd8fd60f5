#!/usr/bin/env node
// npm test: every check, in the order a failure is cheapest to find.
import { spawnSync } from 'node:child_process';

const steps = [
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['unit and integration', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['next', 'build']],
  ['end-to-end', 'npx', ['playwright', 'test']],
  // Two production instances on PostgreSQL + Redis + S3 behind the generated nginx config.
  ['cluster (two instances behind nginx)', 'npx', ['playwright', 'test', '--config', 'playwright.cluster.config.ts']],
];

for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  console.log(`=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} (${Math.round((Date.now() - started) / 1000)} s)`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
