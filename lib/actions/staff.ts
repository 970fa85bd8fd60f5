'use server';

import { done, fail, guardedAction } from '../auth/action';
import { makeResetLink } from '../auth/password-reset';
import { messages } from '../i18n/messages';
import { addStaffMember, changeStaffRole, resetStaffPassword, setStaffActive, type StaffRefusal } from '../staff/accounts';
import { changeRoleSchema, resetLinkSchema, resetPasswordSchema, setActiveSchema, staffAccountSchema } from '../staff/schemas';

const t = messages.staff.staff;

function refusal(reason: StaffRefusal) {
  if (reason === 'emailTaken') return fail(messages.validation.fixFields, { email: [t.emailTaken] });
  return fail(reason === 'lastAdmin' ? t.lastAdmin : messages.staff.validation.notFound);
}

/** Admins add a staff member with an initial password. */
export const createStaffAction = guardedAction('staff.manage', staffAccountSchema, async (input, user) => {
  const outcome = await addStaffMember(input, user);
  return outcome.ok ? done({ id: outcome.id }, t.created(input.name)) : refusal(outcome.reason);
});

export const changeStaffRoleAction = guardedAction('staff.manage', changeRoleSchema, async (input, user) => {
  const outcome = await changeStaffRole(input, user);
  if (!outcome.ok) return refusal(outcome.reason);
  return done(undefined, outcome.changed ? t.roleChanged(messages.staff.roles[input.role]) : t.roleUnchanged);
});

export const setStaffActiveAction = guardedAction('staff.manage', setActiveSchema, async (input, user) => {
  const outcome = await setStaffActive(input, user);
  return outcome.ok ? done(undefined, input.active ? t.reactivated : t.deactivated) : refusal(outcome.reason);
});

export const resetStaffPasswordAction = guardedAction('staff.manage', resetPasswordSchema, async (input, user) => {
  const outcome = await resetStaffPassword(input, user);
  return outcome.ok ? done(undefined, t.passwordReset) : refusal(outcome.reason);
});

/** A single-use password link for a colleague, to hand over when the newsroom sends no email. */
export const makeResetLinkAction = guardedAction('staff.manage', resetLinkSchema, async (input, user) => {
  const outcome = await makeResetLink(input, user);
  return outcome.ok ? done({ link: outcome.link }, messages.passwordReset.linkMade(outcome.name)) : refusal(outcome.reason);
});
