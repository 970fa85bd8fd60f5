'use client';

import { saveCommentSettingsAction } from '@/lib/actions/comments';
import type { CommentSettings } from '@/lib/comments/settings';
import { messages } from '@/lib/i18n/messages';
import { FieldError, FormFeedback } from '../forms/FormFeedback';
import { useActionForm } from '../forms/useActionForm';

const t = messages.comments.settings;
const NUMBERS = ['minSeconds', 'burstSeconds', 'perHour', 'maxLinks', 'autoCloseDays'] as const;
const SWITCHES = ['honeypot', 'duplicates', 'blocklist'] as const;

function toSettings(data: FormData): CommentSettings {
  const numbers = Object.fromEntries(NUMBERS.map((key) => [key, Number(data.get(key) ?? 0)]));
  const switches = Object.fromEntries(SWITCHES.map((key) => [key, data.get(key) === 'on']));
  return { ...numbers, ...switches } as CommentSettings;
}

export function CommentSettingsForm({ initial }: { initial: CommentSettings }) {
  const form = useActionForm(saveCommentSettingsAction, toSettings, { refresh: false });
  return (
    <form className="panel admin-form" onSubmit={form.onSubmit}>
      {SWITCHES.map((key) => (
        <label key={key} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <input type="checkbox" name={key} defaultChecked={initial[key]} />
          {t[key]}
        </label>
      ))}
      {NUMBERS.map((key) => (
        <div key={key} className="admin-form">
          <label htmlFor={`cs-${key}`}>{t[key]}</label>
          <input {...form.field(key)} id={`cs-${key}`} type="number" min={0} defaultValue={initial[key]} />
          <FieldError id={form.errorId(key)} errors={form.errors(key)} />
        </div>
      ))}
      <FormFeedback result={form.result} />
      <div>
        <button type="submit" className="button button--primary" disabled={form.pending}>
          {messages.admin.save}
        </button>
      </div>
    </form>
  );
}
