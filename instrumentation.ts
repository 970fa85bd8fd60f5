/**
 * On server start: check the configuration, open the database (on PGlite this takes the
 * data folder's lock for the server's whole life, so a migrate or seed command run meanwhile
 * refuses instead of writing beside the server and losing data), and start the scheduler
 * that makes scheduled stories appear on cached pages at their time.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { authSecret } = await import('./lib/auth/secret');
  authSecret(); // stops the server with a clear message when production has no secret
  const { getDb } = await import('./db/client');
  await getDb();
  const { startScheduler } = await import('./lib/articles/scheduler');
  startScheduler();
}
