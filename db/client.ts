import 'server-only';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { dataDir } from './data-dir';
import { acquireDataLock } from './lock';
import * as articles from './schema/articles';
import * as auth from './schema/auth';
import * as comments from './schema/comments';
import * as editing from './schema/editing';
import * as imports from './schema/imports';
import * as media from './schema/media';
import * as moderation from './schema/moderation';
import * as sections from './schema/sections';
import * as site from './schema/site';
import * as tags from './schema/tags';
import * as users from './schema/users';

export const schema = { ...users, ...auth, ...sections, ...tags, ...media, ...articles, ...editing, ...comments, ...moderation, ...site, ...imports };

// Both drivers expose the same query builder; the postgres-js type stands for both.
export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Transaction;
export type Engine = 'pglite' | 'postgres';

type Connection = { db: Database; engine: Engine; close: () => Promise<void> };

export function currentEngine(): Engine {
  return process.env.DATABASE_URL ? 'postgres' : 'pglite';
}

/** Raised when something tries to read the database while `next build` runs. */
export class BuildTimeQueryError extends Error {
  constructor() {
    super('The database was opened during `next build`: reader pages must render at request time (see HOME_SEGMENT in lib/site/routes.ts).');
    this.name = 'BuildTimeQueryError';
  }
}

async function open(): Promise<Connection> {
  // Pages are rendered on request and cached, never at build time: the build may run where
  // no database is reachable, and on PGlite beside a running server it would lose writes.
  if (process.env.NEXT_PHASE === 'phase-production-build') throw new BuildTimeQueryError();
  const url = process.env.DATABASE_URL;
  if (url) {
    // The pool reconnects by itself after PostgreSQL restarts; while it is down, a query fails
    // after connect_timeout instead of hanging the request (reader pages come from the caches).
    const client = postgres(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), connect_timeout: 5, onnotice: () => {} });
    return { db: drizzlePostgres(client, { schema }), engine: 'postgres', close: () => client.end() };
  }
  const dir = dataDir();
  const release = acquireDataLock(dir);
  try {
    const client = await PGlite.create({ dataDir: path.join(dir, 'pglite'), extensions: { pg_trgm, unaccent } });
    const db = drizzlePglite(client, { schema }) as unknown as Database;
    return {
      db,
      engine: 'pglite',
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

// One connection per process, kept across hot reloads in development.
const store = globalThis as typeof globalThis & { __newsroomDb?: Promise<Connection> };

export async function getDb(): Promise<Database> {
  if (!store.__newsroomDb) process.once('newsroom:shutdown', onShutdown);
  store.__newsroomDb ??= open().catch((error) => {
    store.__newsroomDb = undefined;
    throw error;
  });
  return (await store.__newsroomDb).db;
}

/** scripts/server.mjs emits 'newsroom:shutdown' with a list it waits for before exiting. */
function onShutdown(pending?: Promise<unknown>[]) {
  const closing = closeDb().catch((error) => console.error('database: close failed', error));
  pending?.push(closing);
}

export async function closeDb(): Promise<void> {
  const pending = store.__newsroomDb;
  store.__newsroomDb = undefined;
  if (pending) await (await pending).close();
}
