import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { findStaffById } from '@/db/queries/users';
import type { Role } from '@/db/schema/users';
import { authOptions, SIGN_IN_PATH } from './options';
import { can, type Permission } from './permissions';

export type CurrentUser = { id: number; name: string; email: string; role: Role };

/**
 * The signed-in staff member, read fresh from the database on every call: a deactivated
 * account, a changed role or a reset password takes effect on the next request.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const staff = await findStaffById({ id });
  if (!staff || !staff.active || staff.sessionVersion !== session.user.sv) return null;
  return { id: staff.id, name: staff.name, email: staff.email, role: staff.role };
}

/** For dashboard pages: the user, or a redirect to sign-in (or to the dashboard if not allowed). */
export async function requirePageUser(permission: Permission = 'dashboard.open', returnTo = '/admin'): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(user.role, permission)) redirect('/admin?khong-du-quyen=1');
  return user;
}
