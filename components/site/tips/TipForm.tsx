'use client';

import { useEffect, useRef, useState } from 'react';
import type { TipFormLabels } from './labels';

type Token = { token: string; minSeconds: number; at: number };
type Result = { ok: boolean; message: string; fieldErrors?: Record<string, string[]> };

/** Must match TIP_PHOTO_MAX_BYTES (lib/tips/photo.ts); the server checks again. */
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

async function requestToken(): Promise<Token | null> {
  const res = await fetch('/api/tips/token', { cache: 'no-store' }).catch(() => null);
  const data = res?.ok ? ((await res.json()) as { token?: string; minSeconds?: number }) : null;
  return data?.token ? { token: data.token, minSeconds: data.minSeconds ?? 0, at: Date.now() } : null;
}

/**
 * `Gửi tin cho tòa soạn`. Without JavaScript it is a plain multipart post to /api/tips; with it,
 * the form fetches a signed render time, posts with fetch and shows the answer in place.
 */
export function TipForm({ labels: t }: { labels: TipFormLabels }) {
  const [token, setToken] = useState<Token | null>(null);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void requestToken().then(setToken);
  }, []);

  useEffect(() => {
    if (result) status.current?.focus();
  }, [result]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (sending) return;
    const photo = (form.elements.namedItem('photo') as HTMLInputElement | null)?.files?.[0];
    if (photo && photo.size > MAX_PHOTO_BYTES) {
      setResult({ ok: false, message: t.photoTooLarge, fieldErrors: { photo: [t.photoTooLarge] } });
      return;
    }
    setSending(true);
    setResult(null);
    try {
      const current = token ?? (await requestToken());
      const wait = current ? current.minSeconds * 1000 - (Date.now() - current.at) : 0;
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 100));
      const body = new FormData(form);
      if (current) body.set('token', current.token);
      const res = await fetch('/api/tips', { method: 'POST', body, headers: { Accept: 'application/json' } });
      const data = (await res.json().catch(() => null)) as Result | null;
      setResult(data ?? { ok: false, message: res.status === 413 ? t.tooLarge : t.failed });
      if (data?.ok) {
        form.reset();
        void requestToken().then(setToken);
      }
    } catch {
      setResult({ ok: false, message: t.failed });
    } finally {
      setSending(false);
    }
  }

  const errors = result?.fieldErrors ?? {};
  const fieldProps = (name: string, hint = false) => {
    const error = errors[name]?.[0];
    const describedBy = [hint ? `tip-${name}-hint` : '', error ? `tip-${name}-error` : ''].filter(Boolean).join(' ');
    return { id: `tip-${name}`, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined };
  };
  const fieldError = (name: string) =>
    errors[name]?.[0] ? (
      <p className="comment-form__error" id={`tip-${name}-error`}>
        {errors[name][0]}
      </p>
    ) : null;

  return (
    <form className="comment-form tip-form" method="post" action="/api/tips" encType="multipart/form-data" onSubmit={onSubmit} data-ready={token ? 'true' : 'false'} noValidate>
      <div className="comment-form__field">
        <label htmlFor="tip-name">{t.name}</label>
        <input {...fieldProps('name')} type="text" required maxLength={80} autoComplete="name" />
        {fieldError('name')}
      </div>
      <div className="comment-form__field">
        <label htmlFor="tip-contact">{t.contact}</label>
        <input {...fieldProps('contact', true)} type="text" required maxLength={200} autoComplete="email" inputMode="email" />
        <p className="comment-form__hint" id="tip-contact-hint">
          {t.contactHint}
        </p>
        {fieldError('contact')}
      </div>
      <div className="comment-form__field">
        <label htmlFor="tip-message">{t.message}</label>
        <textarea {...fieldProps('message')} required rows={7} maxLength={5000} />
        {fieldError('message')}
      </div>
      <div className="comment-form__field">
        <label htmlFor="tip-photo">{t.photo}</label>
        <input {...fieldProps('photo', true)} type="file" accept="image/jpeg,image/png,image/webp,image/avif" />
        <p className="comment-form__hint" id="tip-photo-hint">
          {t.photoHint}
        </p>
        {fieldError('photo')}
      </div>
      <div className="comment-form__trap" aria-hidden="true">
        <label htmlFor="tip-website">{t.honeypot}</label>
        <input id="tip-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      {result ? (
        <p ref={status} tabIndex={-1} className={result.ok ? 'comment-form__ok' : 'comment-form__failed'} role={result.ok ? 'status' : 'alert'}>
          {result.message}
        </p>
      ) : null}
      <button type="submit" className="comment-form__submit" disabled={sending}>
        {sending ? t.sending : t.submit}
      </button>
    </form>
  );
}
