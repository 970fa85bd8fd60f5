/**
 * On server start: check the configuration, open the database (on PGlite this takes the
 * data folder's lock for the server's whole life, so a migrate or seed command run meanwhile
 * refuses instead of writing beside the server and losing data), and start the scheduler
 * that makes scheduled stories appear on cached pages at their time.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { authSecret, MissingSecretError } = await import('./lib/auth/secret');
  try {
    authSecret();
  } catch (error) {
    // Next.js would log this on every request and keep serving: stop instead, and say why.
    if (!(error instanceof MissingSecretError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  const { getDb } = await import('./db/client');
  await getDb();
  // While no active admin exists, the log shows the one-time link that creates one.
  const { openSetupToken, SETUP_PATH } = await import('./lib/auth/first-admin-link');
  const setupToken = await openSetupToken();
  if (setupToken) {
    const site = (process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
    console.log(`\nFirst run: this newsroom has no active admin. Create the first one (one-time link; or run \`npm run user:create\`):\n  ${site}${SETUP_PATH}/${setupToken}\n`);
  }
  const { startScheduler } = await import('./lib/articles/scheduler');
  startScheduler();
}

