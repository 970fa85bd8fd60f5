'use client';

import { saveFeedSettingsAction } from '@/lib/actions/feeds';
import type { FeedSettings } from '@/lib/feeds/settings';
import { messages } from '@/lib/i18n/messages';
import { FormFeedback } from '../forms/FormFeedback';
import { useActionForm } from '../forms/useActionForm';

const t = messages.feeds;

export function FeedSettingsForm({ initial }: { initial: FeedSettings }) {
  const form = useActionForm(saveFeedSettingsAction, (data) => ({ fullText: data.get('fullText') === 'on' }), { refresh: false });
  return (
    <section className="panel" aria-labelledby="feeds-title">
      <h2 id="feeds-title">{t.title}</h2>
      <p className="field-hint">{t.intro}</p>
      <form className="admin-form" onSubmit={form.onSubmit}>
        <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <input type="checkbox" name="fullText" defaultChecked={initial.fullText} />
          {t.fullText}
        </label>
        <FormFeedback result={form.result} />
        <div>
          <button type="submit" className="button button--primary" disabled={form.pending}>
            {messages.admin.save}
          </button>
        </div>
      </form>
    </section>
  );
}
