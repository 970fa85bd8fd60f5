'use client';

import { saveSiteSettingsAction } from '@/lib/actions/settings';
import { messages } from '@/lib/i18n/messages';
import type { SiteSettings } from '@/lib/site/settings';
import { FieldError, FormFeedback } from '../forms/FormFeedback';
import { text, useActionForm } from '../forms/useActionForm';
import styles from './staff.module.css';

const FIELDS: { key: keyof SiteSettings; type: 'text' | 'email'; max: number; long?: boolean }[] = [
  { key: 'paperName', type: 'text', max: 120 },
  { key: 'tagline', type: 'text', max: 200 },
  { key: 'governingAgency', type: 'text', max: 200 },
  { key: 'licence', type: 'text', max: 200, long: true },
  { key: 'editorInChief', type: 'text', max: 120 },
  { key: 'address', type: 'text', max: 300, long: true },
  { key: 'phone', type: 'text', max: 60 },
  { key: 'email', type: 'email', max: 120 },
];

/** The footer furniture every public page shows. */
export function SettingsForm({ settings }: { settings: SiteSettings }) {
  const t = messages.staff.settings;
  // The values the form opened with: the server saves only what this person changed.
  const form = useActionForm(saveSiteSettingsAction, (data) => ({ ...Object.fromEntries(FIELDS.map(({ key }) => [key, text(data, key)])), baseline: settings }));
  return (
    <form onSubmit={form.onSubmit} className="admin-form panel" noValidate>
      <FormFeedback result={form.result} />
      {FIELDS.map(({ key, type, max, long }) => (
        <div key={key} className="admin-form">
          <label htmlFor={form.field(key).id}>{t.fields[key]}</label>
          {long ? (
            <textarea rows={2} maxLength={max} defaultValue={settings[key]} {...form.field(key)} />
          ) : (
            <input type={type} maxLength={max} defaultValue={settings[key]} {...form.field(key)} />
          )}
          <FieldError id={form.errorId(key)} errors={form.errors(key)} />
        </div>
      ))}
      <div className={`button-row ${styles.actions}`}>
        <button type="submit" className="button button--primary" disabled={form.pending}>
          {form.pending ? messages.staff.staff.working : t.save}
        </button>
      </div>
    </form>
  );
}
