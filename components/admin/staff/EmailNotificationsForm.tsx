'use client';

import { setEmailNotificationsAction } from '@/lib/actions/notifications';
import { messages } from '@/lib/i18n/messages';
import { FormFeedback } from '../forms/FormFeedback';
import { useActionForm } from '../forms/useActionForm';
import styles from './staff.module.css';

/** "Nhận thông báo qua email": each person turns the dashboard's email on or off for themselves. */
export function EmailNotificationsForm({ on }: { on: boolean }) {
  const t = messages.notifications;
  const form = useActionForm(setEmailNotificationsAction, (data) => ({ on: data.get('on') === 'on' }));
  return (
    <form onSubmit={form.onSubmit} className="admin-form panel" noValidate>
      <h2 className={styles.heading}>{t.emailHeading}</h2>
      <FormFeedback result={form.result} />
      <label className="checkbox-row">
        <input type="checkbox" name="on" defaultChecked={on} aria-describedby="email-notifications-hint" /> {t.emailLabel}
      </label>
      <p id="email-notifications-hint" className="field-hint">
        {t.emailHint}
      </p>
      <div className={`button-row ${styles.actions}`}>
        <button type="submit" className="button" disabled={form.pending}>
          {t.emailSave}
        </button>
      </div>
    </form>
  );
}
