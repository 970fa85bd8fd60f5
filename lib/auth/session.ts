import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { findStaffById } from '@/db/queries/users';
import type { Role } from '@/db/schema/users';
import { authOptions, SIGN_IN_PATH } from './options';
import { can, type Permission } from './permissions';
import { roleRequiresTwoStep, twoStepEnabled } from './two-step';

export type CurrentUser = { id: number; name: string; email: string; role: Role };

/** Where a person whose role requires two-step, and who has not turned it on, is sent. */
export const TWO_STEP_SETUP_PATH = '/admin/bat-xac-thuc-hai-buoc';

type SessionAccess = { user: CurrentUser; mustSetUpTwoStep: boolean };

async function sessionAccess(): Promise<SessionAccess | null> {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const staff = await findStaffById({ id });
  if (!staff || !staff.active || staff.sessionVersion !== session.user.sv) return null;
  const user = { id: staff.id, name: staff.name, email: staff.email, role: staff.role };
  const mustSetUpTwoStep = (await roleRequiresTwoStep(staff.role)) && !(await twoStepEnabled({ userId: staff.id }));
  return { user, mustSetUpTwoStep };
}

/**
 * The signed-in staff member, read fresh from the database on every call: a deactivated
 * account, a changed role or a reset password takes effect on the next request. Null too for
 * someone whose role requires two-step sign-in until they have turned it on: every page,
 * action and route handler refuses them (see getUserForTwoStepSetup).
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const access = await sessionAccess();
  return access && !access.mustSetUpTwoStep ? access.user : null;
}

/** The signed-in person, even before their required two-step is on: only for turning it on. */
export async function getUserForTwoStepSetup(): Promise<CurrentUser | null> {
  return (await sessionAccess())?.user ?? null;
}

/** For dashboard pages: the user, or a redirect to sign-in (or to the dashboard if not allowed). */
export async function requirePageUser(permission: Permission = 'dashboard.open', returnTo = '/admin'): Promise<CurrentUser> {
  const access = await sessionAccess();
  if (access?.mustSetUpTwoStep) redirect(TWO_STEP_SETUP_PATH);
  const user = access?.user;
  if (!user) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(user.role, permission)) redirect('/admin?khong-du-quyen=1');
  return user;
}
