'use client';

import { useState, useTransition } from 'react';
import { saveBlocklistAction } from '@/lib/actions/comments';
import { messages } from '@/lib/i18n/messages';
import { commentMessages } from '@/lib/i18n/vi/comments';

const t = commentMessages.blocklist;
const KINDS = ['words', 'emails', 'ips'] as const;

export function BlocklistForm({ initial }: { initial: Record<(typeof KINDS)[number], string[]> }) {
  const [values, setValues] = useState({ words: initial.words.join('\n'), emails: initial.emails.join('\n'), ips: initial.ips.join('\n') });
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      className="panel admin-form"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const res = await saveBlocklistAction(values);
          setResult(res.ok ? { ok: true, text: res.message ?? '' } : { ok: false, text: res.error });
        });
      }}
    >
      <p className="field-hint">{t.intro}</p>
      {KINDS.map((kind) => (
        <div key={kind} className="admin-form">
          <label htmlFor={`bl-${kind}`}>{t[kind]}</label>
          <textarea id={`bl-${kind}`} value={values[kind]} onChange={(e) => setValues({ ...values, [kind]: e.target.value })} />
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
