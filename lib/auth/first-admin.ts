import 'server-only';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { getDb } from '@/db/client';
import { closeSetup, hasActiveAdmin, lockSetupState, readOrCreateSetupState, SETUP_STATE_KEY, type SetupState } from '@/db/queries/first-admin';
import { readSetting } from '@/db/queries/settings';
import { upsertStaffAccount } from '@/db/queries/users';
import { audit } from '../audit/log';
import { authorSlugFor } from '../staff/accounts';
import { hashPassword } from './passwords';

/*
 * A deployment's first admin, for people who deploy without a shell habit. While no active
 * admin exists, every instance prints the same one-time link (its random token lives in the
 * database, so any instance behind the proxy accepts it). The link creates one admin and is
 * then closed for ever; once any admin exists it is closed too, even if admins leave later.
 * Without the right token the page is a 404, like any unknown address.
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

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return expected.length > 0 && a.length === b.length && timingSafeEqual(a, b);
}

/** Whether this token opens the setup page now. */
export async function isSetupToken(token: string): Promise<boolean> {
  const state = (await readSetting({ key: SETUP_STATE_KEY })) as SetupState | undefined;
  return Boolean(state && !state.done && sameToken(token, state.token)) && !(await hasActiveAdmin());
}

export type FirstAdminInput = { email: string; name: string; password: string };

/** Creates the first admin and closes the link, in one transaction; false if the link is closed. */
export async function createFirstAdmin(token: string, input: FirstAdminInput): Promise<boolean> {
  const passwordHash = await hashPassword(input.password);
  const slug = await authorSlugFor(input.name);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const state = await lockSetupState(tx);
    if (!state || state.done || !sameToken(token, state.token) || (await hasActiveAdmin(tx))) return false;
    const result = await upsertStaffAccount({ email: input.email, name: input.name, slug, role: 'admin', passwordHash }, tx);
    await audit({ actorId: null, action: 'staff.create', targetType: 'user', targetId: result.id, data: { email: input.email, name: input.name, role: 'admin', via: 'setup' } }, tx);
    await closeSetup(tx);
    return true;
  });
}
