import 'server-only';
import { getDb } from '@/db/client';
import { findStaffForSignIn, upsertStaffAccount } from '@/db/queries/users';
import { audit } from '../audit/log';
import { hashPassword } from '../auth/passwords';
import { authorSlugFor } from './accounts';
import { staffAccountSchema, type StaffAccountInput } from './schemas';

export type FieldProblems = Record<string, string[]>;
export type SavedAccount = { id: number; created: boolean; email: string; name: string; role: StaffAccountInput['role'] };

/** Checks `user:create`'s arguments: the account, or what is wrong with each one (in Vietnamese). */
export function readStaffAccount(raw: unknown): { ok: true; account: StaffAccountInput } | { ok: false; fieldErrors: FieldProblems } {
  const parsed = staffAccountSchema.safeParse(raw);
  if (parsed.success) return { ok: true, account: parsed.data };
  const fieldErrors: FieldProblems = {};
  for (const issue of parsed.error.issues) (fieldErrors[issue.path.join('.') || '_'] ??= []).push(issue.message);
  return { ok: false, fieldErrors };
}

/**
 * `npm run user:create`: creates the account, or gives the one with this email a new name,
 * role and password, makes it active and ends its sessions. How a deployment gets its
 * first admin, and how an admin who lost their password gets back in.
 */
export async function saveStaffAccount({ email, name, role, password }: StaffAccountInput): Promise<SavedAccount> {
  const passwordHash = await hashPassword(password);
  const existing = await findStaffForSignIn({ email });
  const slug = existing?.slug ?? (await authorSlugFor(name));
  const db = await getDb();
  const saved = await db.transaction(async (tx) => {
    const result = await upsertStaffAccount({ email, name, slug, role, passwordHash }, tx);
    await audit(
      { actorId: null, action: result.created ? 'staff.create' : 'staff.update', targetType: 'user', targetId: result.id, data: { email, name, role, via: 'cli' } },
      tx,
    );
    return result;
  });
  return { ...saved, email, name, role };
}

/** Both steps, as the command runs them (after migrating). */
export async function createOrUpdateStaffAccount(raw: unknown): Promise<({ ok: true } & SavedAccount) | { ok: false; fieldErrors: FieldProblems }> {
  const read = readStaffAccount(raw);
  return read.ok ? { ok: true, ...(await saveStaffAccount(read.account)) } : read;
}
