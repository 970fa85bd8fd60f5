import 'server-only';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSetup, hasActiveAdmin, readOrCreateSetupState, SETUP_STATE_KEY, type SetupState } from '@/db/queries/first-admin';
import { readSetting } from '@/db/queries/settings';

/*
 * A deployment's first admin, for people who deploy without a shell habit. While no active
 * admin exists, every instance prints the same one-time link (its random token lives in the
 * database, so any instance behind the proxy accepts it). The link creates one admin and is
 * then closed for ever; once any admin exists it is closed too, even if admins leave later.
 * Without the right token the page is a 404, like any unknown address. This module has no
 * password hashing in it: instrumentation.ts imports it (createFirstAdmin is in first-admin.ts).
 */
export const SETUP_PATH = '/thiet-lap';

/** The token of the open setup link, or null when the newsroom already has (or had) an admin. */
export async function openSetupToken(): Promise<string | null> {
  if (await hasActiveAdmin()) {
    await closeSetup();
    return null;
  }
  const state = await readOrCreateSetupState({ token: randomBytes(24).toString('base64url'), done: false });
  return state.done ? null : state.token;
}

export function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return expected.length > 0 && a.length === b.length && timingSafeEqual(a, b);
}

/** Whether this token opens the setup page now. */
export async function isSetupToken(token: string): Promise<boolean> {
  const state = (await readSetting({ key: SETUP_STATE_KEY })) as SetupState | undefined;
  return Boolean(state && !state.done && sameToken(token, state.token)) && !(await hasActiveAdmin());
}

