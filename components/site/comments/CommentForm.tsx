'use client';

import { useEffect, useRef, useState } from 'react';
import { sendReaderForm, type PostResult, type RenderToken } from '../reader-posts/send';
import type { FormLabels } from './labels';
import { PostFormEnd } from '../reader-posts/PostFormEnd';

type Token = RenderToken;
type Result = PostResult;
const FIELDS = ['name', 'email', 'body'] as const;
type TokenAnswer = { token: Token | null; closed: string | null };

async function requestToken(articleId: number): Promise<TokenAnswer> {
  const res = await fetch(`/api/comments/token?articleId=${articleId}`, { cache: 'no-store' }).catch(() => null);
  const data = res?.ok ? ((await res.json()) as { token?: string; minSeconds?: number; message?: string }) : null;
  return { token: data?.token ? { token: data.token, minSeconds: data.minSeconds ?? 0, at: Date.now() } : null, closed: data?.message ?? null };
}

/**
 * The only interactive part of a reader page. Without JavaScript it is a plain form post to
 * /api/comments; with it, the form fetches a signed render time, posts with fetch and shows the
 * answer in place. It also turns recent comment times into "5 phút trước".
 */
export function CommentForm({ articleId, returnTo, labels: t }: { articleId: number; returnTo: string; labels: FormLabels }) {
  const [token, setToken] = useState<Token | null>(null);
  const [closed, setClosed] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [replyTo, setReplyTo] = useState<{ id: string; name: string } | null>(null);
  const form = useRef<HTMLFormElement>(null);

  function applyToken(answer: TokenAnswer): Token | null {
    if (answer.closed) setClosed(answer.closed);
    setToken(answer.token);
    return answer.token;
  }
  const fetchToken = () => requestToken(articleId).then(applyToken);

  useEffect(() => {
    void requestToken(articleId).then(applyToken);
    const section = form.current?.closest('.comments');
    for (const el of section?.querySelectorAll<HTMLTimeElement>('time[data-relative]') ?? []) {
      const minutes = Math.floor((Date.now() - new Date(el.dateTime).getTime()) / 60_000);
      if (minutes < 0 || minutes >= 24 * 60) continue;
      el.textContent = minutes < 1 ? t.justNow : minutes < 60 ? t.minutesAgo.replace('{n}', String(minutes)) : t.hoursAgo.replace('{n}', String(Math.floor(minutes / 60)));
    }
    const onClick = (event: Event) => {
      const link = (event.target as Element).closest<HTMLElement>('[data-reply-id]');
      if (link) setReplyTo({ id: link.dataset.replyId ?? '', name: link.dataset.replyName ?? '' });
    };
    section?.addEventListener('click', onClick);
    return () => section?.removeEventListener('click', onClick);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [articleId]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget; // React clears currentTarget once the handler yields
    if (sending) return;
    setSending(true);
    setResult(null);
    try {
      const { result: data } = await sendReaderForm('/api/comments', formElement, token ?? (await fetchToken()));
      setResult(data ?? { ok: false, message: t.failed });
      if (data?.ok) {
        formElement.reset();
        setReplyTo(null);
        void requestToken(articleId).then(applyToken);
      }
    } catch {
      setResult({ ok: false, message: t.failed });
    } finally {
      setSending(false);
    }
  }

  if (closed) return <p className="comments__closed">{closed}</p>;
  const errors = result?.fieldErrors ?? {};
  return (
    <form ref={form} id="y-kien-form" className="comment-form" method="post" action="/api/comments" onSubmit={onSubmit} data-ready={token ? 'true' : 'false'} noValidate>
      <h3 className="comment-form__title">{t.formHeading}</h3>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <input type="hidden" name="parentId" value={replyTo?.id ?? ''} />
      {replyTo ? (
        <p className="comment-form__replying">
          {t.replyingTo.replace('{name}', () => replyTo.name)}{' '}
          <button type="button" className="comment-form__link" onClick={() => setReplyTo(null)}>
            {t.cancelReply}
          </button>
        </p>
      ) : null}
      {FIELDS.map((field) => {
        const id = `comment-${field}-${articleId}`;
        const error = errors[field]?.[0];
        const common = { id, name: field, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined, required: true };
        return (
          <div className="comment-form__field" key={field}>
            <label htmlFor={id}>{t[field]}</label>
            {field === 'body' ? (
              <textarea {...common} rows={5} maxLength={3000} />
            ) : (
              <input {...common} type={field === 'email' ? 'email' : 'text'} maxLength={field === 'email' ? 200 : 80} autoComplete={field} />
            )}
            {field === 'email' ? <p className="comment-form__hint">{t.emailHint}</p> : null}
            {error ? (
              <p className="comment-form__error" id={`${id}-error`}>
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <PostFormEnd trapId={`comment-website-${articleId}`} labels={t} result={result} sending={sending} />
    </form>
  );
}
