'use client';

import { resetTwoStepAction } from '@/lib/actions/two-step';
import { messages } from '@/lib/i18n/messages';
import { FormFeedback } from '../forms/FormFeedback';
import { useActionForm } from '../forms/useActionForm';
import styles from './staff.module.css';

/** An admin resets a colleague's two-step sign-in (a lost phone), after a confirmation. */
export function TwoStepResetForm({ id, name, on }: { id: number; name: string; on: boolean }) {
  const t = messages.twoStep;
  const form = useActionForm(resetTwoStepAction, () => ({ id }));
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (!window.confirm(t.resetConfirm(name))) {
      event.preventDefault();
      return;
    }
    form.onSubmit(event);
  }
  return (
    <form onSubmit={onSubmit} className="admin-form">
      <h2 className={styles.heading}>{t.heading}</h2>
      <FormFeedback result={form.result} />
      <p className="field-hint">{on ? t.staffOn : t.staffOff}</p>
      {on ? (
        <div className={`button-row ${styles.actions}`}>
          <button type="submit" className="button button--danger" disabled={form.pending}>
            {t.reset}
          </button>
        </div>
      ) : null}
    </form>
  );
}
