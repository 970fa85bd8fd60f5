import 'server-only';
import { getDb } from '@/db/client';
import { findStaffForSignIn, upsertStaffAccount } from '@/db/queries/users';
import { audit } from '../audit/log';
import { hashPassword } from '../auth/passwords';
import { authorSlugFor } from './accounts';
import { staffAccountSchema } from './schemas';

export type AccountFromCommandLine =
  | { ok: true; id: number; created: boolean; email: string; name: string; role: string }
  | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * `npm run user:create`: creates the account, or gives the one with this email a new name,
 * role and password, makes it active and ends its sessions. How a deployment gets its
 * first admin, and how an admin who lost their password gets back in.
 */
export async function createOrUpdateStaffAccount(raw: unknown): Promise<AccountFromCommandLine> {
  const parsed = staffAccountSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join('.') || '_'] ??= []).push(issue.message);
    return { ok: false, fieldErrors };
  }
  const { email, name, role, password } = parsed.data;
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
  return { ok: true, ...saved, email, name, role };
}
