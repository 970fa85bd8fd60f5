'use client';

import { useState, useTransition } from 'react';
import { saveCommentSettingsAction } from '@/lib/actions/comments';
import type { CommentSettings } from '@/lib/comments/settings';
import { messages } from '@/lib/i18n/messages';
import { commentMessages } from '@/lib/i18n/vi/comments';

const t = commentMessages.settings;
const NUMBERS = ['minSeconds', 'burstSeconds', 'perHour', 'maxLinks', 'autoCloseDays'] as const;
const SWITCHES = ['honeypot', 'duplicates', 'blocklist'] as const;

export function CommentSettingsForm({ initial }: { initial: CommentSettings }) {
  const [values, setValues] = useState(initial);
  const [result, setResult] = useState<{ ok: boolean; text: string; fields?: Record<string, string[]> } | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      className="panel admin-form"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const res = await saveCommentSettingsAction(values);
          setResult(res.ok ? { ok: true, text: res.message ?? '' } : { ok: false, text: res.error, fields: res.fieldErrors });
        });
      }}
    >
      {SWITCHES.map((key) => (
        <label key={key} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <input type="checkbox" checked={values[key]} onChange={(e) => setValues({ ...values, [key]: e.target.checked })} />
          {t[key]}
        </label>
      ))}
      {NUMBERS.map((key) => (
        <div key={key} className="admin-form">
          <label htmlFor={`cs-${key}`}>{t[key]}</label>
          <input id={`cs-${key}`} type="number" min={0} value={values[key]} onChange={(e) => setValues({ ...values, [key]: Number(e.target.value) })} />
          {result?.fields?.[key] ? <p className="field-error">{result.fields[key][0]}</p> : null}
        </div>
      ))}
      {result ? <p className={result.ok ? 'form-ok' : 'form-error'}>{result.text}</p> : null}
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {messages.admin.save}
        </button>
      </div>
    </form>
  );
}
