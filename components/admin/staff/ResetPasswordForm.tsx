'use client';

import { resetStaffPasswordAction } from '@/lib/actions/staff';
import { messages } from '@/lib/i18n/messages';
import { FieldError, FormFeedback } from '../forms/FormFeedback';
import { text, useActionForm } from '../forms/useActionForm';
import styles from './staff.module.css';

export function ResetPasswordForm({ id }: { id: number }) {
  const t = messages.staff;
  const form = useActionForm(resetStaffPasswordAction, (data) => ({ id, password: text(data, 'password') }), {
    onSuccess: (_result, element) => element.reset(),
  });
  return (
    <form onSubmit={form.onSubmit} className="admin-form" noValidate>
      <h2 className={styles.heading}>{t.staff.passwordHeading}</h2>
      <FormFeedback result={form.result} />
      <p className="field-hint">{t.staff.passwordNote}</p>
      <label htmlFor={form.field('password').id}>{t.fields.newPassword}</label>
      <input type="password" autoComplete="new-password" required minLength={10} {...form.field('password')} />
      <p className="field-hint">{t.fields.passwordHint}</p>
      <FieldError id={form.errorId('password')} errors={form.errors('password')} />
      <div className={`button-row ${styles.actions}`}>
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t.staff.working : t.staff.resetPassword}
        </button>
      </div>
    </form>
  );
}
