'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { requestPasswordResetAction, resetPasswordAction, type ResetFormState } from '@/lib/actions/password-reset';
import { messages } from '@/lib/i18n/messages';
import { FieldError, invalidProps, Notice } from './forms/FormFeedback';

const t = messages.passwordReset;

/** "Quên mật khẩu?": an address, one button, the same answer for every address. */
export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState<ResetFormState, FormData>(requestPasswordResetAction, {});
  const errors = state.fieldErrors?.email;
  return (
    <form action={action} className="admin-form signin-form">
      {state.message ? <Notice kind={state.kind === 'success' ? 'ok' : 'error'} text={state.message} /> : null}
      <label htmlFor="forgot-email">{t.email}</label>
      <input id="forgot-email" name="email" type="email" autoComplete="username" required maxLength={200} {...invalidProps(errors, 'forgot-email-error')} />
      <FieldError id="forgot-email-error" errors={errors} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t.sending : t.send}
      </button>
      <p>
        <Link href="/admin/dang-nhap">{t.backToSignIn}</Link>
      </p>
    </form>
  );
}

/** The emailed link's form: the new password twice. */
export function NewPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<ResetFormState, FormData>(resetPasswordAction, {});
  const errors = (field: string) => state.fieldErrors?.[field];
  return (
    <form action={action} className="admin-form signin-form">
      {state.message ? <Notice kind="error" text={state.message} /> : null}
      <input type="hidden" name="token" value={token} />
      <label htmlFor="reset-password">{t.newPassword}</label>
      <input id="reset-password" name="password" type="password" autoComplete="new-password" minLength={10} maxLength={200} required {...invalidProps(errors('password'), 'reset-password-error')} />
      <FieldError id="reset-password-error" errors={errors('password')} />
      <label htmlFor="reset-confirm">{t.confirmPassword}</label>
      <input id="reset-confirm" name="confirm" type="password" autoComplete="new-password" maxLength={200} required {...invalidProps(errors('confirm'), 'reset-confirm-error')} />
      <FieldError id="reset-confirm-error" errors={errors('confirm')} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
