/**
 * On server start, open the database at once: on PGlite this takes the data folder's lock
 * for the server's whole life, so a migrate or seed command run meanwhile refuses instead
 * of writing beside the server and losing data.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  if (process.env.DATABASE_URL) return;
  const { getDb } = await import('./db/client');
  await getDb();
}
