'use client';

import type { Role } from '@/db/schema/users';
import { saveTwoStepRolesAction } from '@/lib/actions/two-step';
import { messages } from '@/lib/i18n/messages';
import { FormFeedback } from '../forms/FormFeedback';
import { useActionForm } from '../forms/useActionForm';
import styles from './staff.module.css';

const ROLES: Role[] = ['admin', 'editor', 'moderator', 'writer'];

/** Which roles must use two-step sign-in (Cài đặt). */
export function TwoStepRolesForm({ required }: { required: Role[] }) {
  const t = messages.twoStep;
  const form = useActionForm(saveTwoStepRolesAction, (data) => ({ roles: data.getAll('roles').map(String) as Role[] }));
  return (
    <form onSubmit={form.onSubmit} className="admin-form panel" noValidate>
      <fieldset className={styles.plainFieldset}>
        <legend>{t.requiredHeading}</legend>
        <p className="field-hint">{t.requiredIntro}</p>
        <FormFeedback result={form.result} />
        {ROLES.map((role) => (
          <label key={role} className="checkbox-row">
            <input type="checkbox" name="roles" value={role} defaultChecked={required.includes(role)} /> {messages.staff.roles[role]}
          </label>
        ))}
      </fieldset>
      <div className={`button-row ${styles.actions}`}>
        <button type="submit" className="button button--primary" disabled={form.pending}>
          {t.requiredSave}
        </button>
      </div>
    </form>
  );
}
