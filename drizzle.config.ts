import { defineConfig } from 'drizzle-kit';

// drizzle-kit only generates migrations here; they are applied by db/migrate.ts, which
// loads the pg_trgm and unaccent extensions PGlite needs.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/*.ts',
  out: './db/migrations',
});
