import 'server-only';
import { countRecentFailures, findStaffForSignIn, recordLoginAttempt } from '@/db/queries/users';
import type { Role } from '@/db/schema/users';
import { audit } from '../audit/log';
import { hashIp } from '../security/ip';
import { verifyPassword } from './passwords';

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;

export type SignInResult =
  | { ok: true; user: { id: number; name: string; email: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: 'invalid' | 'throttled' };

/**
 * Checks a staff member's email and password. After MAX_FAILURES failures for the account
 * or the address within FAILURE_WINDOW_MS, every attempt is refused until the window passes,
 * even with the right password. The answer never says which part was wrong.
 */
export async function signIn({ email, password, ip }: { email: string; password: string; ip: string }): Promise<SignInResult> {
  const normalized = email.trim().toLowerCase();
  const ipHash = hashIp(ip);
  const failures = await countRecentFailures({ email: normalized, ipHash, since: new Date(Date.now() - FAILURE_WINDOW_MS) });
  if (failures >= MAX_FAILURES) {
    await audit({ actorId: null, action: 'auth.signInThrottled', targetType: 'email', targetId: normalized });
    return { ok: false, reason: 'throttled' };
  }
  const account = await findStaffForSignIn({ email: normalized });
  const valid = Boolean(account?.active) && (await verifyPassword(account?.passwordHash ?? null, password));
  await recordLoginAttempt({ email: normalized, ipHash, success: valid });
  if (!valid || !account) {
    await audit({ actorId: account?.id ?? null, action: 'auth.signInFailed', targetType: 'email', targetId: normalized });
    return { ok: false, reason: 'invalid' };
  }
  await audit({ actorId: account.id, action: 'auth.signIn', targetType: 'user', targetId: account.id });
  return {
    ok: true,
    user: { id: account.id, name: account.name, email: account.email, role: account.role, sessionVersion: account.sessionVersion },
  };
}
