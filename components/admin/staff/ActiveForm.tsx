'use client';

import { setStaffActiveAction } from '@/lib/actions/staff';
import { messages } from '@/lib/i18n/messages';
import { FormFeedback } from '../forms/FormFeedback';
import { useActionForm } from '../forms/useActionForm';
import styles from './staff.module.css';

/** Deactivate (after a confirmation: it signs the person out) or reactivate an account. */
export function ActiveForm({ id, name, active }: { id: number; name: string; active: boolean }) {
  const t = messages.staff.staff;
  const form = useActionForm(setStaffActiveAction, () => ({ id, active: !active }));
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (active && !window.confirm(t.deactivateConfirm(name))) {
      event.preventDefault();
      return;
    }
    form.onSubmit(event);
  }
  return (
    <form onSubmit={onSubmit} className="admin-form">
      <h2 className={styles.heading}>{t.statusHeading}</h2>
      <FormFeedback result={form.result} />
      <p className="field-hint">{active ? t.activeNote : t.inactiveNote}</p>
      <div className={`button-row ${styles.actions}`}>
        <button type="submit" className={active ? 'button button--danger' : 'button button--primary'} disabled={form.pending}>
          {form.pending ? t.working : active ? t.deactivate : t.reactivate}
        </button>
      </div>
    </form>
  );
}
