import 'server-only';
import { getDb } from '@/db/client';
import { closeSetup, hasActiveAdmin, lockSetupState } from '@/db/queries/first-admin';
import { upsertStaffAccount } from '@/db/queries/users';
import { audit } from '../audit/log';
import { authorSlugFor } from '../staff/accounts';
import { sameToken } from './first-admin-link';
import { hashPassword } from './passwords';

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
