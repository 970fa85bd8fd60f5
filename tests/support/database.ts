import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll } from 'vitest';

/*
 * Every integration test file gets a database of its own, migrated and empty:
 * a PGlite folder in a temporary directory, or a fresh PostgreSQL database created on the
 * server named by DATABASE_URL and dropped afterwards.
 */
const engine = process.env.NEWSROOM_TEST_ENGINE;
const serverUrl = process.env.DATABASE_URL;
let cleanup: () => Promise<void> = async () => {};

if (engine === 'postgres') {
  if (!serverUrl) throw new Error('integration-postgres needs DATABASE_URL');
  // With DATABASE_URL the app refuses to run without a signing secret (no generated one in ./data).
  process.env.NEXTAUTH_SECRET ??= `integration-${process.pid}-${Math.random().toString(36).slice(2)}`;
  // A test server's demo accounts share a random password of its own, never the published one.
  process.env.TEST_STAFF_PASSWORD ??= `integration-${Math.random().toString(36).slice(2)}${Date.now()}`;
  const name = `newsroom_it_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  cleanup = async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
} else {
  delete process.env.DATABASE_URL;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-it-'));
  process.env.NEWSROOM_DATA_DIR = dir;
  cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
}

beforeAll(async () => {
  const { migrate } = await import('@/db/migrate');
  await migrate();
});

afterAll(async () => {
  // Mail sent in the background after an action (deliverSoon) may still be writing its outcome: the
  // database is closed (and dropped) after it, not under it (ECONNRESET in CI, stop 17).
  const { deliveriesSettled } = await import('@/lib/mail/outbox');
  await deliveriesSettled();
  const { closeDb } = await import('@/db/client');
  await closeDb();
  await cleanup();
});
