'use client';

import { useState } from 'react';
import { messages } from '@/lib/i18n/messages';
import { Notice } from '../forms/FormFeedback';
import type { MediaItem, MediaPage } from '@/lib/media/types';
import { MediaCard } from './MediaCard';
import { fetchMediaPage } from './media-client';
import styles from './media.module.css';

type Props = { q: string; initial: MediaPage };

/** The library page that starts after `cursor` (where "Xem thêm" leads without JavaScript). */
function morePath(q: string, cursor: string): string {
  const params = new URLSearchParams(q ? { q, sau: cursor } : { sau: cursor });
  return `/admin/media?${params}`;
}

/** The library's photographs, newest first; "Xem thêm" appends the next page in place. */
export function MediaGrid({ q, initial }: Props) {
  const t = messages.media;
  const [items, setItems] = useState<MediaItem[]>(initial.items);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState(false);

  async function loadMore(event: React.MouseEvent<HTMLAnchorElement>) {
    if (!cursor) return;
    // Without JavaScript the link opens the next page; with it, the page grows.
    event.preventDefault();
    setLoading(true);
    setError(false);
    try {
      const page = await fetchMediaPage({ q, cursor });
      setItems((current) => [...current, ...page.items.filter((i) => !current.some((c) => c.id === i.id))]);
      setCursor(page.nextCursor);
    } catch (cause) {
      console.error('media library: next page failed', cause);
      setError(true);
    } finally {
      setLoading(false);
    }
  }

  if (items.length === 0) return <p className="panel">{q ? t.noneFor(q) : t.none}</p>;
  return (
    <>
      <ul className={styles.grid} aria-label={t.listLabel}>
        {items.map((item) => (
          <li key={item.id}>
            <MediaCard item={item} href={`/admin/media/${item.id}`} />
          </li>
        ))}
      </ul>
      {error ? <Notice kind="error" text={t.loadFailed} /> : null}
      {cursor ? (
        <div className={styles.more}>
          <a href={morePath(q, cursor)} className="button" onClick={loadMore} aria-disabled={loading}>
            {loading ? t.loadingMore : t.more}
          </a>
        </div>
      ) : null}
    </>
  );
}
