'use client';

import type { Ref } from 'react';

/**
 * The end of every reader form (comments, tips): the field only robots fill (hidden from people
 * and screen readers), the outcome sentence, and the submit button.
 */
export function PostFormEnd({
  trapId,
  labels,
  result,
  sending,
  outcomeRef,
}: {
  trapId: string;
  labels: { honeypot: string; submit: string; sending: string };
  result: { ok: boolean; message: string } | null;
  sending: boolean;
  /** Where focus goes when the outcome appears (the tip form moves it there). */
  outcomeRef?: Ref<HTMLParagraphElement>;
}) {
  return (
    <>
      <div className="comment-form__trap" aria-hidden="true">
        <label htmlFor={trapId}>{labels.honeypot}</label>
        <input id={trapId} name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      {result ? (
        <p ref={outcomeRef} tabIndex={outcomeRef ? -1 : undefined} className={result.ok ? 'comment-form__ok' : 'comment-form__failed'} role={result.ok ? 'status' : 'alert'}>
          {result.message}
        </p>
      ) : null}
      <button type="submit" className="comment-form__submit" disabled={sending}>
        {sending ? labels.sending : labels.submit}
      </button>
    </>
  );
}
