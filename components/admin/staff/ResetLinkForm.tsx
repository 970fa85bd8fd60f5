'use client';

import { makeResetLinkAction } from '@/lib/actions/staff';
import { messages } from '@/lib/i18n/messages';
import { FormFeedback } from '../forms/FormFeedback';
import { useActionForm } from '../forms/useActionForm';
import styles from './staff.module.css';

/** Admins make a single-use password link for a colleague and hand it over in person. */
export function ResetLinkForm({ id }: { id: number }) {
  const t = messages.passwordReset;
  const form = useActionForm(makeResetLinkAction, () => ({ id }), { refresh: false });
  const link = form.result?.ok ? form.result.data.link : null;
  return (
    <form onSubmit={form.onSubmit} className="admin-form" noValidate>
      <FormFeedback result={form.result} />
      {link ? (
        <p>
          <input type="text" readOnly value={link} aria-label={t.makeLink} className={styles.link} onFocus={(e) => e.currentTarget.select()} />
        </p>
      ) : null}
      <div className={`button-row ${styles.actions}`}>
        <button type="submit" className="button" disabled={form.pending}>
          {t.makeLink}
        </button>
      </div>
    </form>
  );
}
