import 'server-only';
import { getDb } from '@/db/client';
import { insertStaffAccount, lockActiveAdmins, lockStaff, slugTaken, updateStaff, type StaffMember } from '@/db/queries/users';
import type { Role } from '@/db/schema/users';
import { audit } from '../audit/log';
import { hashPassword } from '../auth/passwords';
import { slugify, uniqueSlug } from '../format/slug';
import type { StaffAccountInput } from './schemas';

/**
 * What admins do to staff accounts. Each change runs in one transaction with its audit
 * entry; a refusal changes nothing. The newsroom always keeps at least one active admin.
 */
export type StaffRefusal = 'notFound' | 'lastAdmin' | 'emailTaken';
export type StaffOutcome<T extends object = object> = ({ ok: true } & T) | { ok: false; reason: StaffRefusal };

type Actor = { id: number };

const refuse = (reason: StaffRefusal) => ({ ok: false as const, reason });

/** The slug of a new account's author page (/tac-gia/{slug}), from the name. */
export function authorSlugFor(name: string): Promise<string> {
  return uniqueSlug(slugify(name) || 'tac-gia', (slug) => slugTaken({ slug }));
}

/** Whether `target` is the only active admin, given the locked list of active admins. */
function isLastActiveAdmin(target: StaffMember, activeAdmins: number[]): boolean {
  return target.role === 'admin' && target.active && activeAdmins.every((id) => id === target.id);
}

export async function addStaffMember(input: StaffAccountInput, actor: Actor): Promise<StaffOutcome<{ id: number }>> {
  const passwordHash = await hashPassword(input.password);
  const slug = await authorSlugFor(input.name);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const row = await insertStaffAccount({ email: input.email, name: input.name, slug, role: input.role, passwordHash }, tx);
    if (!row) return refuse('emailTaken');
    await audit({ actorId: actor.id, action: 'staff.create', targetType: 'user', targetId: row.id, data: { email: input.email, name: input.name, role: input.role } }, tx);
    return { ok: true as const, id: row.id };
  });
}

export async function changeStaffRole(input: { id: number; role: Role }, actor: Actor): Promise<StaffOutcome<{ changed: boolean }>> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const target = await lockStaff({ id: input.id }, tx);
    if (!target) return refuse('notFound');
    if (target.role === input.role) return { ok: true as const, changed: false };
    if (input.role !== 'admin' && isLastActiveAdmin(target, admins)) return refuse('lastAdmin');
    await updateStaff({ id: target.id, role: input.role }, tx);
    await audit({ actorId: actor.id, action: 'staff.role', targetType: 'user', targetId: target.id, data: { from: target.role, to: input.role } }, tx);
    return { ok: true as const, changed: true };
  });
}

/** Deactivating ends every session of the account at once; reactivating lets it sign in again. */
export async function setStaffActive(input: { id: number; active: boolean }, actor: Actor): Promise<StaffOutcome<{ changed: boolean }>> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const target = await lockStaff({ id: input.id }, tx);
    if (!target) return refuse('notFound');
    if (target.active === input.active) return { ok: true as const, changed: false };
    if (!input.active && isLastActiveAdmin(target, admins)) return refuse('lastAdmin');
    await updateStaff({ id: target.id, active: input.active, endSessions: !input.active }, tx);
    await audit(
      input.active
        ? { actorId: actor.id, action: 'staff.update', targetType: 'user', targetId: target.id, data: { active: true } }
        : { actorId: actor.id, action: 'staff.deactivate', targetType: 'user', targetId: target.id, data: { active: false } },
      tx,
    );
    return { ok: true as const, changed: true };
  });
}

/** An admin sets a new password for someone; their sessions end. */
export async function resetStaffPassword(input: { id: number; password: string }, actor: Actor): Promise<StaffOutcome> {
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const target = await lockStaff({ id: input.id }, tx);
    if (!target) return refuse('notFound');
    await updateStaff({ id: target.id, passwordHash, endSessions: true }, tx);
    await audit({ actorId: actor.id, action: 'staff.resetPassword', targetType: 'user', targetId: target.id }, tx);
    return { ok: true as const };
  });
}
