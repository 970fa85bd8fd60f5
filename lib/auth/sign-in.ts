import 'server-only';
import { randomBytes } from 'node:crypto';
import { twoStepEnabled } from '@/db/queries/two-step';
import { findStaffForSignIn, markLoginAttemptSucceeded, reserveLoginAttempt, type LoginCounts } from '@/db/queries/users';
import type { Role } from '@/db/schema/users';
import { audit } from '../audit/log';
import { hashIp } from '../security/ip';
import { DEMO_PASSWORD, publishedPasswordAllowed } from '../demo/password';
import { hashPassword, verifyPassword } from './passwords';
import { pause } from './pause';

/** Failures of one account from one address before that pair is refused for the window. */
export const MAX_FAILURES = 5;
/** Failures from one address across all accounts (password spraying) before it is refused. */
export const MAX_ADDRESS_FAILURES = 50;
export const FAILURE_WINDOW_MS = 15 * 60_000;
/** Failures of an account (from anywhere) before its attempts are slowed down. */
export const FREE_ACCOUNT_FAILURES = 3;
export const MAX_DELAY_MS = 30_000;

export type SignInResult =
  /** `secondStep`: the password was right, and the person's two-step code comes next (lib/auth/two-step.ts). */
  | { ok: true; user: { id: number; name: string; email: string; role: Role; sessionVersion: number }; secondStep: boolean }
  | { ok: false; reason: 'invalid' | 'throttled' };

/**
 * How long an attempt on an account waits, given its recent failures from any address:
 * nothing for the first few, then 1 s, 2 s, 4 s … capped at MAX_DELAY_MS. The attempt is
 * slowed, never refused, so strangers cannot lock the owner out.
 */
export function accountDelayMs(accountFailures: number): number {
  if (accountFailures < FREE_ACCOUNT_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** Math.min(accountFailures - FREE_ACCOUNT_FAILURES, 15));
}

function refused(counts: LoginCounts): boolean {
  return counts.pairFailures >= MAX_FAILURES || counts.addressFailures >= MAX_ADDRESS_FAILURES;
}

// Unknown and inactive accounts are checked against this hash, so that they answer in the
// time a known account takes.
let dummyHash: Promise<string> | undefined;
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(24).toString('base64'));
  return dummyHash;
}

/**
 * Checks a staff member's email and password. One address gets MAX_FAILURES wrong passwords for
 * an account per FAILURE_WINDOW_MS; other addresses, the owner's among them, are only slowed
 * down (accountDelayMs). The answer never says which part was wrong, nor whether the account exists.
 */
export async function signIn({ email, password, ip }: { email: string; password: string; ip: string }): Promise<SignInResult> {
  const normalized = email.trim().toLowerCase();
  const ipHash = hashIp(ip);
  const since = new Date(Date.now() - FAILURE_WINDOW_MS);
  const { counts, attemptId } = await reserveLoginAttempt({ email: normalized, ipHash, since, refuse: refused });
  if (attemptId === null) {
    await audit({ actorId: null, action: 'auth.signInThrottled', targetType: 'email', targetId: normalized });
    return { ok: false, reason: 'throttled' };
  }
  await pause(accountDelayMs(counts.accountFailures));
  const account = await findStaffForSignIn({ email: normalized });
  const usable = account?.active && account.passwordHash ? account.passwordHash : null;
  // The published demo password opens nothing on PostgreSQL, whatever an account's hash says.
  const published = password === DEMO_PASSWORD && !publishedPasswordAllowed();
  const matches = (await verifyPassword(usable ?? (await dummyPasswordHash()), password)) && !published;
  if (!usable || !matches || !account) {
    await audit({ actorId: account?.id ?? null, action: 'auth.signInFailed', targetType: 'email', targetId: normalized });
    return { ok: false, reason: 'invalid' };
  }
  await markLoginAttemptSucceeded({ id: attemptId });
  const secondStep = await twoStepEnabled({ userId: account.id });
  // With two-step on, the sign-in is audited when the code is right.
  if (!secondStep) await audit({ actorId: account.id, action: 'auth.signIn', targetType: 'user', targetId: account.id });
  return {
    ok: true,
    user: { id: account.id, name: account.name, email: account.email, role: account.role, sessionVersion: account.sessionVersion },
    secondStep,
  };
}
