'use client';

import Link from 'next/link';
import { useState, useTransition } from 'react';
import { blockCommenterAddressAction, replyAsNewsroomAction } from '@/lib/actions/comments';
import type { QueueItem } from '@/lib/comments/queue';
import { messages } from '@/lib/i18n/messages';
import { FieldError, invalidProps, Notice } from '../forms/FormFeedback';
import styles from './moderation.module.css';

const t = messages.comments.moderation;
type Verb = 'approve' | 'reject' | 'spam' | 'delete';

type Props = {
  item: QueueItem;
  focused: boolean;
  selected: boolean;
  verbs: Verb[];
  busy: boolean;
  onFocus: () => void;
  onToggle: () => void;
  onAct: (verb: Verb) => void;
  onReplied: () => void;
};

export function QueueRow({ item, focused, selected, verbs, busy, onFocus, onToggle, onAct, onReplied }: Props) {
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, start] = useTransition();
  const replyId = `reply-${item.id}`;
  const replyErrors = error ? [error] : undefined;
  return (
    <li className={`${styles.row}${focused ? ` ${styles.focused}` : ''}`} data-comment-id={item.id} aria-current={focused ? 'true' : undefined} onClick={onFocus}>
      <div className={styles.head}>
        <input type="checkbox" checked={selected} onChange={onToggle} aria-label={t.select(item.name)} />
        <div>
          <Link href={`/admin/comments?bai=${item.articleId}`} className={styles.story}>
            {item.articleTitle}
          </Link>{' '}
          <a href={item.articleHref} target="_blank" rel="noreferrer" className={styles.muted}>
            ↗
          </a>
          <p className={styles.meta}>
            <strong>{item.staff ? t.staffReply : item.name}</strong> · <span>{item.email}</span> · <span>{item.time}</span>
            {item.parentName ? <> · {t.inReplyTo(item.parentName)}</> : null}
          </p>
          <p className={styles.muted}>{t.approvedBefore(item.approvedBefore)}</p>
        </div>
      </div>
      <p className={styles.body}>{item.body}</p>
      <div className="button-row">
        {verbs.map((verb) => (
          <button key={verb} type="button" className={`button${verb === 'delete' ? ' button--danger' : ''}`} disabled={busy} onClick={() => onAct(verb)}>
            {t[verb]}
          </button>
        ))}
        <button type="button" className="button" aria-expanded={replying} onClick={() => setReplying((r) => !r)}>
          {t.reply}
        </button>
        {item.staff ? null : (
          <button
            type="button"
            className="button"
            disabled={busy || sending}
            onClick={() => {
              if (!window.confirm(t.confirmBlockAddress)) return;
              start(async () => {
                const res = await blockCommenterAddressAction({ commentId: item.id });
                if (!res.ok) return setError(res.error);
                onReplied();
              });
            }}
          >
            {t.blockAddress}
          </button>
        )}
      </div>
      {error && !replying ? <Notice kind="error" text={error} /> : null}
      {replying ? (
        <form
          className="admin-form"
          onSubmit={(event) => {
            event.preventDefault();
            start(async () => {
              const res = await replyAsNewsroomAction({ parentId: item.id, body: reply });
              if (!res.ok) return setError(res.fieldErrors?.body?.[0] ?? res.error);
              setError(null);
              setReply('');
              setReplying(false);
              onReplied();
            });
          }}
        >
          <label htmlFor={replyId}>{t.replyLabel}</label>
          <textarea id={replyId} value={reply} onChange={(e) => setReply(e.target.value)} {...invalidProps(replyErrors, `${replyId}-error`)} />
          <FieldError id={`${replyId}-error`} errors={replyErrors} />
          <div>
            <button type="submit" className="button button--primary" disabled={sending}>
              {t.replySend}
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
