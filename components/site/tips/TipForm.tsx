'use client';

import { useEffect, useRef, useState } from 'react';
import { PostFormEnd } from '../reader-posts/PostFormEnd';
import { sendReaderForm, type PostResult, type RenderToken } from '../reader-posts/send';
import type { TipFormLabels } from './labels';

type Token = RenderToken;
type Result = PostResult;

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
      const { status, result: data } = await sendReaderForm('/api/tips', form, token ?? (await requestToken()));
      setResult(data ?? { ok: false, message: status === 413 ? t.tooLarge : t.failed });
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
      <PostFormEnd trapId="tip-website" labels={t} result={result} sending={sending} outcomeRef={status} />
    </form>
  );
}
