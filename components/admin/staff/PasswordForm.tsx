'use client';

import { signOut } from 'next-auth/react';
import { changePasswordAction } from '@/lib/actions/profile';
import { messages } from '@/lib/i18n/messages';
import { FieldError, FormFeedback } from '../forms/FormFeedback';
import { text, useActionForm } from '../forms/useActionForm';
import styles from './staff.module.css';

/** Changing one's password ends every session, this one too: the form then offers to sign in again. */
export function PasswordForm() {
  const t = messages.staff;
  const form = useActionForm(
    changePasswordAction,
    (data) => ({ current: text(data, 'current'), password: text(data, 'password'), confirm: text(data, 'confirm') }),
    { refresh: false, onSuccess: (_result, element) => element.reset() },
  );
  const changed = form.result?.ok === true;
  return (
    <form onSubmit={form.onSubmit} className="admin-form panel" noValidate>
      <h2 className={styles.heading}>{t.profile.passwordHeading}</h2>
      <FormFeedback result={form.result} />
      {changed ? (
        <div className={`button-row ${styles.actions}`}>
          <button type="button" className="button button--primary" onClick={() => signOut({ callbackUrl: '/admin/dang-nhap?callbackUrl=%2Fadmin%2Fprofile' })}>
            {t.profile.signInAgain}
          </button>
        </div>
      ) : (
        <>
          <p className="field-hint">{t.profile.passwordHint}</p>
          <label htmlFor={form.field('current').id}>{t.fields.currentPassword}</label>
          <input type="password" autoComplete="current-password" required {...form.field('current')} />
          <FieldError id={form.errorId('current')} errors={form.errors('current')} />
          <label htmlFor={form.field('password').id}>{t.fields.newPassword}</label>
          <input type="password" autoComplete="new-password" required minLength={10} {...form.field('password')} />
          <FieldError id={form.errorId('password')} errors={form.errors('password')} />
          <label htmlFor={form.field('confirm').id}>{t.fields.confirmPassword}</label>
          <input type="password" autoComplete="new-password" required {...form.field('confirm')} />
          <FieldError id={form.errorId('confirm')} errors={form.errors('confirm')} />
          <div className={`button-row ${styles.actions}`}>
            <button type="submit" className="button button--primary" disabled={form.pending}>
              {form.pending ? t.staff.working : t.profile.changePassword}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
