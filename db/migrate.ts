import path from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { currentEngine, getDb } from './client';

const migrationsFolder = path.resolve(process.cwd(), 'db/migrations');

/** Applies every committed migration that the database has not seen yet. */
export async function migrate(): Promise<void> {
  const db = await getDb();
  if (currentEngine() === 'postgres') {
    await migratePostgres(db, { migrationsFolder });
  } else {
    await migratePglite(db as unknown as Parameters<typeof migratePglite>[0], { migrationsFolder });
  }
}
