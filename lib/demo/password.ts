import { currentEngine } from '@/db/client';

/**
 * The demo accounts' password, printed in the README: known to anyone, so it is a password for
 * the PGlite demo only. It is never set on PostgreSQL (knownAccountsPassword in lib/demo/seed.ts:
 * test servers there get a random one) and never opens an account there (lib/auth/sign-in.ts);
 * lib/staff/schemas.ts refuses it as anyone's chosen password.
 */
export const DEMO_PASSWORD = 'toasoan-demo-2026';

/** Where the published demo password may open an account: the PGlite demo only. */
export function publishedPasswordAllowed(): boolean {
  return currentEngine() === 'pglite';
}
