import 'server-only';
import { getDb } from '@/db/client';
import { findPasswordHash, lockStaff, updateStaff } from '@/db/queries/users';
import { audit } from '../audit/log';
import { hashPassword, verifyPassword } from '../auth/passwords';

/** What every staff member may change about themself: name, bio and password. */
type Actor = { id: number };

export async function updateOwnProfile(input: { name: string; bio: string }, actor: Actor): Promise<{ ok: true; changed: string[] } | { ok: false; reason: 'notFound' }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const me = await lockStaff({ id: actor.id }, tx);
    if (!me) return { ok: false as const, reason: 'notFound' as const };
    const changed = (['name', 'bio'] as const).filter((key) => input[key] !== me[key]);
    if (!changed.length) return { ok: true as const, changed };
    await updateStaff({ id: me.id, name: input.name, bio: input.bio }, tx);
    await audit({ actorId: me.id, action: 'staff.update', targetType: 'user', targetId: me.id, data: { self: true, fields: changed } }, tx);
    return { ok: true as const, changed: [...changed] };
  });
}

/**
 * Needs the current password. Every session of the account ends, this one included, so a
 * session someone else may hold stops working; the person signs in again with the new one.
 */
export async function changeOwnPassword(input: { current: string; password: string }, actor: Actor): Promise<{ ok: true } | { ok: false; reason: 'wrongPassword' }> {
  if (!(await verifyPassword(await findPasswordHash({ id: actor.id }), input.current))) return { ok: false, reason: 'wrongPassword' };
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await updateStaff({ id: actor.id, passwordHash, endSessions: true }, tx);
    await audit({ actorId: actor.id, action: 'staff.update', targetType: 'user', targetId: actor.id, data: { self: true, fields: ['password'] } }, tx);
  });
  return { ok: true };
}
