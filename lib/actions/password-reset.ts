'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { requestPasswordReset, resetPasswordWithToken } from '../auth/password-reset';
import { messages } from '../i18n/messages';
import { clientIp } from '../security/ip';
import { forgotPasswordSchema, passwordResetSchema } from '../staff/schemas';

/*
 * The two forms a signed-out person uses to get back in (not guardedAction: nobody is signed in).
 * The emailed token is the only credential of the second; the first answers the same whoever asks.
 */

const t = messages.passwordReset;

export type ResetFormState = { kind?: 'success' | 'error'; message?: string; fieldErrors?: Record<string, string[]> };

function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) (out[issue.path.join('.') || '_'] ??= []).push(issue.message);
  return out;
}

export async function requestPasswordResetAction(_previous: ResetFormState, form: FormData): Promise<ResetFormState> {
  // Callable by anyone over HTTP with any arguments, not only from the form.
  if (!(form instanceof FormData)) return { kind: 'error', message: t.emailInvalid };
  const parsed = forgotPasswordSchema.safeParse({ email: form.get('email') ?? '' });
  if (!parsed.success) return { kind: 'error', message: t.emailInvalid, fieldErrors: fieldErrorsOf(parsed.error.issues) };
  try {
    const outcome = await requestPasswordReset({ email: parsed.data.email, ip: clientIp(await headers()) });
    if (!outcome.ok) return { kind: 'error', message: t[outcome.reason] };
  } catch (error) {
    console.error('password reset request failed', error);
    return { kind: 'error', message: messages.validation.unexpected };
  }
  return { kind: 'success', message: t.sent };
}

export async function resetPasswordAction(_previous: ResetFormState, form: FormData): Promise<ResetFormState> {
  if (!(form instanceof FormData)) return { kind: 'error', message: t.linkInvalid };
  const parsed = passwordResetSchema.safeParse({ token: form.get('token') ?? '', password: form.get('password') ?? '', confirm: form.get('confirm') ?? '' });
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error.issues);
    return { kind: 'error', message: fieldErrors.token ? t.linkInvalid : messages.validation.fixFields, fieldErrors };
  }
  let outcome: Awaited<ReturnType<typeof resetPasswordWithToken>>;
  try {
    outcome = await resetPasswordWithToken({ token: parsed.data.token, password: parsed.data.password });
  } catch (error) {
    console.error('password reset failed', error);
    return { kind: 'error', message: messages.validation.unexpected };
  }
  if (!outcome.ok) return { kind: 'error', message: t.linkInvalid };
  redirect('/admin/dang-nhap?mat-khau-moi=1');
}
