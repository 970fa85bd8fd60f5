'use client';

import { saveBlocklistAction } from '@/lib/actions/comments';
import { messages } from '@/lib/i18n/messages';
import { FormFeedback } from '../forms/FormFeedback';
import { text, useActionForm } from '../forms/useActionForm';

const t = messages.comments.blocklist;
const KINDS = ['words', 'emails', 'ips'] as const;

export function BlocklistForm({ initial }: { initial: Record<(typeof KINDS)[number], string[]> }) {
  const form = useActionForm(saveBlocklistAction, (data) => ({ words: text(data, 'words'), emails: text(data, 'emails'), ips: text(data, 'ips') }), { refresh: false });
  return (
    <form className="panel admin-form" onSubmit={form.onSubmit}>
      <p className="field-hint">{t.intro}</p>
      {KINDS.map((kind) => (
        <div key={kind} className="admin-form">
          <label htmlFor={`bl-${kind}`}>{t[kind]}</label>
          <textarea id={`bl-${kind}`} name={kind} defaultValue={initial[kind].join('\n')} />
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
