'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import type { FieldErrors } from '@/lib/auth/action';
import { clearBreakingAction, setBreakingAction } from '@/lib/actions/home';
import { messages } from '@/lib/i18n/messages';
import styles from './taxonomy.module.css';

type Current = { text: string; href: string; expiresLocal: string; status: string } | null;

/** Sets or removes the breaking-news banner; the expiry is typed in Vietnam time. */
export function BreakingForm({ current, defaultExpires }: { current: Current; defaultExpires: string }) {
  const t = messages.taxonomy.home;
  const id = useId();
  const router = useRouter();
  const [text, setText] = useState(current?.text ?? '');
  const [error, setError] = useState<string | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, startTransition] = useTransition();

  function finish(result: { ok: true; message?: string } | { ok: false; error: string; fieldErrors?: FieldErrors }) {
    setError(result.ok ? null : result.error);
    setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
    setOk(result.ok ? (result.message ?? null) : null);
    router.refresh();
  }

  const errorOf = (name: string) =>
    fieldErrors[name]?.length ? (
      <p className="field-error" id={`${id}-${name}-error`}>
        {fieldErrors[name]!.join(' ')}
      </p>
    ) : null;
  const invalid = (name: string) => (fieldErrors[name]?.length ? { 'aria-invalid': true, 'aria-describedby': `${id}-${name}-error` } : {});

  return (
    <form
      className="panel admin-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const input = { text, href: String(data.get('href') ?? ''), expiresAt: String(data.get('expiresAt') ?? '') };
        startTransition(async () => finish(await setBreakingAction(input)));
      }}
    >
      <h2 id={`${id}-title`}>{t.breakingTitle}</h2>
      <p className="field-hint">{t.breakingIntro}</p>
      <p className={styles.muted} role="status">
        {current ? current.status : t.breakingNone}
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {ok ? (
        <p className="form-ok" role="status">
          {ok}
        </p>
      ) : null}
      <label htmlFor={`${id}-text`}>{t.breakingText}</label>
      <textarea id={`${id}-text`} name="text" required maxLength={200} value={text} onChange={(e) => setText(e.target.value)} {...invalid('text')} />
      <p className={styles.counter} aria-live="polite">
        {messages.taxonomy.chars(text.length, 200)}
      </p>
      {errorOf('text')}
      <label htmlFor={`${id}-href`}>{t.breakingLink}</label>
      <input id={`${id}-href`} name="href" type="text" inputMode="url" defaultValue={current?.href ?? ''} aria-describedby={`${id}-href-hint`} {...invalid('href')} />
      <p className="field-hint" id={`${id}-href-hint`}>
        {t.breakingLinkHint}
      </p>
      {errorOf('href')}
      <label htmlFor={`${id}-expires`}>{t.breakingExpires}</label>
      <input id={`${id}-expires`} name="expiresAt" type="datetime-local" required defaultValue={current?.expiresLocal ?? defaultExpires} {...invalid('expiresAt')} />
      {errorOf('expiresAt')}
      <div className="button-row" style={{ marginTop: 10 }}>
        <button type="submit" className="button button--primary" disabled={pending}>
          {t.breakingSave}
        </button>
        {current ? (
          <button
            type="button"
            className="button button--danger"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                finish(await clearBreakingAction({}));
                setText('');
              })
            }
          >
            {t.breakingClear}
          </button>
        ) : null}
      </div>
    </form>
  );
}
