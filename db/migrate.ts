import path from 'node:path';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { currentEngine, getDb } from './client';

const migrationsFolder = path.resolve(process.cwd(), 'db/migrations');

/** Any fixed number; every instance of the app asks PostgreSQL for the same lock. */
const MIGRATION_LOCK = 7_240_531;

/**
 * Applies every committed migration that the database has not seen yet. On PostgreSQL
 * several instances may start at the same moment: the first takes a session advisory lock
 * and migrates, the others wait on the lock and then find nothing left to do, so none
 * of them serves before the schema is current.
 */
export async function migrate(): Promise<void> {
  if (currentEngine() === 'postgres') {
    // One connection of its own (max: 1): the lock, the migration and the unlock must share it.
    const client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
      await migratePostgres(drizzlePostgres(client), { migrationsFolder });
      await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    } finally {
      await client.end();
    }
    return;
  }
  const db = await getDb();
  await migratePglite(db as unknown as Parameters<typeof migratePglite>[0], { migrationsFolder });
}
