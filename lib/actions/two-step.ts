'use server';

import { z } from 'zod';
import { roleEnum } from '@/db/schema/users';
import { done, fail, guardedAction } from '../auth/action';
import { confirmSetup, disableTwoStep, resetTwoStep, setRequiredTwoStepRoles, startSetup, type CodeRefusal } from '../auth/two-step';
import { messages } from '../i18n/messages';
import { rowId } from '../validation/ids';

const t = messages.twoStep;
const codeInput = z.object({ code: z.string().trim().min(1, t.codeFormat).max(40, t.codeFormat) });
const refusal = (reason: CodeRefusal | 'noSetup' | 'required' | 'notOn') =>
  ({ invalidCode: t.codeInvalid, throttled: t.throttled, noSetup: t.noSetup, required: t.cannotDisable, notOn: t.off })[reason];
// Open to someone whose role requires two-step and who has not turned it on: this is how they do.
const setup = { duringTwoStepSetup: true };

/** "Bật xác thực hai bước": a new secret, its QR code and its text, to confirm with a code. */
export const startTwoStepAction = guardedAction(
  'profile.edit',
  z.object({}),
  async (_input, user) => {
    const started = await startSetup(user);
    return started.ok ? done(started.data) : fail(t.alreadyOn);
  },
  setup,
);

/** "Xác nhận": the first right code turns two-step on; the recovery codes come back, once. */
export const confirmTwoStepAction = guardedAction(
  'profile.edit',
  codeInput,
  async ({ code }, user) => {
    const confirmed = await confirmSetup(user, code);
    if (!confirmed.ok) return fail(refusal(confirmed.reason), confirmed.reason === 'noSetup' ? undefined : { code: [refusal(confirmed.reason)] });
    return done({ recoveryCodes: confirmed.recoveryCodes }, t.enabled);
  },
  setup,
);

/** "Tắt xác thực hai bước", with a current code. */
export const disableTwoStepAction = guardedAction('profile.edit', codeInput, async ({ code }, user) => {
  const off = await disableTwoStep(user, code);
  if (!off.ok) return fail(refusal(off.reason), off.reason === 'invalidCode' || off.reason === 'throttled' ? { code: [refusal(off.reason)] } : undefined);
  return done(undefined, t.disabled);
});

/** An admin resets a colleague's two-step (a lost phone). */
export const resetTwoStepAction = guardedAction('staff.manage', z.object({ id: rowId }), async ({ id }, user) => {
  const reset = await resetTwoStep(user, { id });
  if (!reset.ok) return fail(reset.reason === 'notOn' ? t.resetNothing : messages.staff.validation.notFound);
  return done(undefined, t.resetDone(reset.name));
});

/** Which roles must use two-step. */
export const saveTwoStepRolesAction = guardedAction('settings.manage', z.object({ roles: z.array(z.enum(roleEnum.enumValues)).max(10) }), async ({ roles }, user) => {
  await setRequiredTwoStepRoles(user, roles);
  return done(undefined, t.requiredSaved);
});
