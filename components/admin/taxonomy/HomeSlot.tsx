'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { findPinnableAction, pinStoryAction, unpinSlotAction } from '@/lib/actions/curation';
import { formatDateTimeLine } from '@/lib/format/dates';
import { messages } from '@/lib/i18n/messages';
import { Notice } from '../forms/FormFeedback';
import styles from './taxonomy.module.css';

type Story = { id: number; title: string; isPublic: boolean };
type Found = { id: number; title: string; publishedAt: string | null; scheduled: boolean };

/** One pinned slot: what is in it, a title search to pin a story, and unpin. */
export function HomeSlot({ position, story }: { position: number; story: Story | null }) {
  const t = messages.taxonomy.home;
  const id = useId();
  const router = useRouter();
  const [found, setFound] = useState<Found[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function search(q: string) {
    startTransition(async () => {
      const result = await findPinnableAction({ q });
      if (result.ok) setFound(result.data);
      setError(result.ok ? null : result.error);
    });
  }

  function act(action: () => Promise<{ ok: boolean; error?: string }>) {
    startTransition(async () => {
      const result = await action();
      setError(result.ok ? null : (result.error ?? null));
      if (result.ok) setFound(null);
      router.refresh();
    });
  }

  return (
    <li className={styles.slot} aria-labelledby={`${id}-head`}>
      <div className={styles.slotHead}>
        <h3 id={`${id}-head`} style={{ margin: 0, fontSize: 16 }}>
          {t.slot(position)}
        </h3>
        <span className={styles.muted}>{t.slotRole(position)}</span>
      </div>
      {story ? (
        <>
          <p className={styles.slotTitle}>{story.title}</p>
          {story.isPublic ? null : <p className={styles.warning}>{t.notPublic}</p>}
          <button type="button" className="button button--danger" aria-label={t.unpinSlot(position)} disabled={pending} onClick={() => act(() => unpinSlotAction({ position }))}>
            {t.unpin}
          </button>
        </>
      ) : (
        <p className={styles.muted}>{t.empty}</p>
      )}
      <form
        role="search"
        className={`admin-form ${styles.inlineForm}`}
        onSubmit={(event) => {
          event.preventDefault();
          search(String(new FormData(event.currentTarget).get('q') ?? ''));
        }}
      >
        <label htmlFor={`${id}-q`}>{t.findStory(position)}</label>
        <div className={styles.searchRow}>
          <input id={`${id}-q`} name="q" type="search" placeholder={t.findPlaceholder} />
          <button type="submit" className="button" disabled={pending}>
            {messages.taxonomy.tags.searchButton}
          </button>
        </div>
      </form>
      {error ? <Notice kind="error" text={error} /> : null}
      {found ? (
        found.length ? (
          <ul className={styles.results} aria-label={t.findStory(position)}>
            {found.map((f) => (
              <li key={f.id} className={styles.result}>
                <span>
                  {f.title}
                  {f.scheduled && f.publishedAt ? <span className={styles.muted}> — {t.scheduledAt(formatDateTimeLine(f.publishedAt))}</span> : null}
                </span>
                <button type="button" className="button" aria-label={t.pinStory(f.title)} disabled={pending} onClick={() => act(() => pinStoryAction({ position, articleId: f.id }))}>
                  {t.pin}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className={styles.muted}>{t.noResults}</p>
        )
      ) : null}
    </li>
  );
}
