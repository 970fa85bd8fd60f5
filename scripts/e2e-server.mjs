#!/usr/bin/env node
// The server Playwright tests against: the production build on a database of its own with
// demo content. Without DATABASE_URL: a fresh PGlite folder (.e2e-data); with it, that
// database (CI gives it a fresh one).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { serverArgs, serverEnv } from './server-command.mjs';

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
// A real SMTP server for the test server's email (password reset, notifications): each message
// it receives is written to .e2e-mail/ as JSON, where the journeys read it (e2e/support/mail.ts).
const mailDir = path.join(root, '.e2e-mail');
fs.rmSync(mailDir, { recursive: true, force: true });
fs.mkdirSync(mailDir, { recursive: true });
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const file = path.join(mailDir, `${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`);
        const to = session.envelope.rcptTo.map((r) => r.address);
        fs.writeFileSync(`${file}.tmp`, JSON.stringify({ to, subject: mail.subject ?? '', text: mail.text ?? '' }));
        fs.renameSync(`${file}.tmp`, file);
        callback();
      })
      .catch(callback);
  },
});
await new Promise((resolve) => smtp.listen(0, '127.0.0.1', resolve));
env.SMTP_URL ??= `smtp://127.0.0.1:${smtp.server.address().port}`;
env.MAIL_FROM ??= 'Tòa soạn (thử nghiệm) <toasoan@example.vn>';

// The tests play the one trusted proxy (TRUST_PROXY=1, as in production behind nginx): the last
// X-Forwarded-For entry a test sends is "the address the proxy saw", so each test can be a reader
// of its own; entries before it are what a client made up, and change nothing.
const server = spawn(process.execPath, serverArgs(env), {
  stdio: 'inherit',
  env: serverEnv({ ...env, PORT: env.PORT ?? '3100', NODE_ENV: 'production', TRUST_PROXY: env.TRUST_PROXY ?? '1' }),
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => {
  smtp.close();
  process.exit(code ?? 0);
});
