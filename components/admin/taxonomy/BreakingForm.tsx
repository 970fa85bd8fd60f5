'use client';

import { useId, useState } from 'react';
import { clearBreakingAction, setBreakingAction } from '@/lib/actions/curation';
import { messages } from '@/lib/i18n/messages';
import { FieldError, FormFeedback } from '../forms/FormFeedback';
import { text, useActionForm } from '../forms/useActionForm';
import styles from './taxonomy.module.css';

type Current = { text: string; href: string; expiresLocal: string; status: string } | null;

/** Sets or removes the breaking-news banner; the expiry is typed in Vietnam time. */
export function BreakingForm({ current, defaultExpires }: { current: Current; defaultExpires: string }) {
  const t = messages.taxonomy.home;
  const titleId = useId();
  const [banner, setBanner] = useState(current?.text ?? '');
  const form = useActionForm<{ text: string; href: string; expiresAt: string }, unknown, unknown>(setBreakingAction, (data) => ({
    text: banner,
    href: text(data, 'href'),
    expiresAt: text(data, 'expiresAt'),
  }));
  const { field, errors, errorId } = form;
  const hrefHint = `${field('href').id}-hint`;

  return (
    <form className="panel admin-form" aria-labelledby={titleId} onSubmit={form.onSubmit}>
      <h2 id={titleId}>{t.breakingTitle}</h2>
      <p className="field-hint">{t.breakingIntro}</p>
      <p className={styles.muted} role="status">
        {current ? current.status : t.breakingNone}
      </p>
      <FormFeedback result={form.result} />
      <label htmlFor={field('text').id}>{t.breakingText}</label>
      <textarea {...field('text')} required maxLength={200} value={banner} onChange={(e) => setBanner(e.target.value)} />
      <p className={styles.counter} aria-live="polite">
        {messages.taxonomy.chars(banner.length, 200)}
      </p>
      <FieldError id={errorId('text')} errors={errors('text')} />
      <label htmlFor={field('href').id}>{t.breakingLink}</label>
      <input {...field('href')} type="text" inputMode="url" defaultValue={current?.href ?? ''} aria-describedby={field('href')['aria-describedby'] ?? hrefHint} />
      <p className="field-hint" id={hrefHint}>
        {t.breakingLinkHint}
      </p>
      <FieldError id={errorId('href')} errors={errors('href')} />
      <label htmlFor={field('expiresAt').id}>{t.breakingExpires}</label>
      <input {...field('expiresAt')} type="datetime-local" required defaultValue={current?.expiresLocal ?? defaultExpires} />
      <FieldError id={errorId('expiresAt')} errors={errors('expiresAt')} />
      <div className="button-row" style={{ marginTop: 10 }}>
        <button type="submit" className="button button--primary" disabled={form.pending}>
          {t.breakingSave}
        </button>
        {current ? (
          <button type="button" className="button button--danger" disabled={form.pending} onClick={() => form.run(() => clearBreakingAction({}), () => setBanner(''))}>
            {t.breakingClear}
          </button>
        ) : null}
      </div>
    </form>
  );
}
