'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, useTransition } from 'react';
import type { CommentStatus } from '@/db/queries/comments';
import { moderateCommentsAction } from '@/lib/actions/comments';
import type { QueueItem } from '@/lib/comments/queue';
import { messages } from '@/lib/i18n/messages';
import { Notice } from '../forms/FormFeedback';
import { QueueRow } from './QueueRow';
import styles from './moderation.module.css';

const t = messages.comments.moderation;
type Verb = 'approve' | 'reject' | 'spam' | 'delete';
const VERBS_BY_STATUS: Record<CommentStatus, Verb[]> = {
  pending: ['approve', 'reject', 'spam'],
  approved: ['reject', 'spam'],
  rejected: ['approve', 'spam', 'delete'],
  spam: ['approve', 'reject', 'delete'],
};
const KEYS: Record<string, Verb> = { a: 'approve', r: 'reject', s: 'spam' };

/** One tab of the queue: select one or many, act with buttons or keys (j/k, x, a/r/s). */
export function ModerationQueue({ status, items }: { status: CommentStatus; items: QueueItem[] }) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [focus, setFocus] = useState(0);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const list = useRef<HTMLOListElement>(null);
  const verbs = VERBS_BY_STATUS[status];

  const act = useCallback(
    (verb: Verb, ids: number[]) => {
      if (!ids.length) return setMessage({ ok: false, text: t.nothingSelected });
      if (verb === 'delete' && !window.confirm(t.confirmDelete(ids.length))) return;
      start(async () => {
        const res = await moderateCommentsAction({ ids, verb });
        setMessage(res.ok ? { ok: true, text: res.message ?? '' } : { ok: false, text: res.error });
        if (res.ok) setSelected(new Set());
        router.refresh();
      });
    },
    [router],
  );

  // Marked once the keyboard shortcuts listen (after hydration), so that nobody's key is lost.
  const root = useRef<HTMLDivElement>(null);
  const targets = useCallback(() => (selected.size ? [...selected] : items[focus] ? [items[focus].id] : []), [selected, items, focus]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const el = event.target as HTMLElement;
      if (event.ctrlKey || event.metaKey || event.altKey || el.closest('input, textarea, select, [contenteditable]')) return;
      if (event.key === 'j' || event.key === 'k') {
        setFocus((f) => Math.max(0, Math.min(items.length - 1, f + (event.key === 'j' ? 1 : -1))));
      } else if (event.key === 'x' && items[focus]) {
        const id = items[focus].id;
        setSelected((s) => {
          const next = new Set(s);
          if (!next.delete(id)) next.add(id);
          return next;
        });
      } else if (KEYS[event.key] && verbs.includes(KEYS[event.key]!) && !pending) {
        act(KEYS[event.key]!, targets());
      } else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    root.current?.setAttribute('data-keys-ready', 'true');
    return () => document.removeEventListener('keydown', onKey);
  }, [items, focus, verbs, pending, act, targets]);

  useEffect(() => {
    list.current?.children[focus]?.scrollIntoView({ block: 'nearest' });
  }, [focus]);

  const notice = message ? <Notice kind={message.ok ? 'ok' : 'error'} text={message.text} /> : null;
  // The last comment of the tab just handled: the confirmation stays above the empty queue.
  if (!items.length)
    return (
      <>
        {notice}
        <p className="panel">{t.none}</p>
      </>
    );
  const allSelected = selected.size === items.length;
  return (
    <div aria-busy={pending} ref={root}>
      <p className="field-hint">{t.keyboardHelp}</p>
      <div className={`panel button-row ${styles.bulk}`}>
        <label className={styles.check}>
          <input type="checkbox" checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(items.map((i) => i.id)))} />
          {t.selectAll}
        </label>
        <span>{t.selected(selected.size)}</span>
        {verbs.map((verb) => (
          <button key={verb} type="button" className={`button${verb === 'approve' ? ' button--primary' : verb === 'delete' ? ' button--danger' : ''}`} disabled={pending || !selected.size} onClick={() => act(verb, [...selected])}>
            {t[verb]}
          </button>
        ))}
      </div>
      {notice}
      <ol className={styles.list} ref={list}>
        {items.map((item, index) => (
          <QueueRow
            key={item.id}
            item={item}
            focused={index === focus}
            selected={selected.has(item.id)}
            verbs={verbs}
            busy={pending}
            onFocus={() => setFocus(index)}
            onToggle={() =>
              setSelected((s) => {
                const next = new Set(s);
                if (!next.delete(item.id)) next.add(item.id);
                return next;
              })
            }
            onAct={(verb) => act(verb, [item.id])}
            onReplied={() => router.refresh()}
          />
        ))}
      </ol>
    </div>
  );
}
