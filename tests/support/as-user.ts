import { vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

/*
 * Server actions read the signed-in user through lib/auth/session. Tests decide who that is:
 *   vi.mock('@/lib/auth/session', () => sessionMock);
 *   signInAs({ id, name, email, role }) / signOut()
 */
let current: CurrentUser | null = null;

export const sessionMock = {
  getCurrentUser: vi.fn(async () => current),
  // Two-step's own actions (lib/actions/two-step.ts) accept the person before a required setup too.
  getUserForTwoStepSetup: vi.fn(async () => current),
  requirePageUser: vi.fn(async () => {
    if (!current) throw new Error('not signed in');
    return current;
  }),
};

export function signInAs(user: CurrentUser | null): void {
  current = user;
}

export function signOutUser(): void {
  current = null;
}
