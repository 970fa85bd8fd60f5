'use client';

import { updateProfileAction } from '@/lib/actions/profile';
import { messages } from '@/lib/i18n/messages';
import { FieldError, FormFeedback } from '../forms/FormFeedback';
import { text, useActionForm } from '../forms/useActionForm';
import styles from './staff.module.css';

export function ProfileForm({ name, bio }: { name: string; bio: string }) {
  const t = messages.staff;
  const form = useActionForm(updateProfileAction, (data) => ({ name: text(data, 'name'), bio: text(data, 'bio') }));
  const bioField = form.field('bio');
  const hintId = `${bioField.id}-hint`;
  return (
    <form onSubmit={form.onSubmit} className="admin-form panel" noValidate>
      <h2 className={styles.heading}>{t.profile.detailsHeading}</h2>
      <FormFeedback result={form.result} />
      <label htmlFor={form.field('name').id}>{t.fields.name}</label>
      <input type="text" autoComplete="name" required maxLength={80} defaultValue={name} {...form.field('name')} />
      <FieldError id={form.errorId('name')} errors={form.errors('name')} />
      <label htmlFor={form.field('bio').id}>{t.fields.bio}</label>
      <textarea rows={4} maxLength={1000} defaultValue={bio} {...bioField} aria-describedby={[hintId, bioField['aria-describedby']].filter(Boolean).join(' ')} />
      <p id={hintId} className="field-hint">
        {t.profile.bioHint}
      </p>
      <FieldError id={form.errorId('bio')} errors={form.errors('bio')} />
      <div className={`button-row ${styles.actions}`}>
        <button type="submit" className="button button--primary" disabled={form.pending}>
          {form.pending ? t.staff.working : t.profile.save}
        </button>
      </div>
    </form>
  );
}
