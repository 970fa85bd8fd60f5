import Link from 'next/link';
import { messages } from '@/lib/i18n/messages';
import type { MediaItem } from '@/lib/media/types';
import { MediaThumb } from './MediaThumb';
import styles from './media.module.css';

const SIZES = '(min-width: 1200px) 220px, (min-width: 700px) 25vw, 50vw';

/** The picture and what is known about it; the details page behind it. */
export function MediaCard({ item, href }: { item: MediaItem; href: string }) {
  const t = messages.media;
  return (
    <article className={styles.card}>
      {/* The same place as the "Sửa" link below, for the mouse; keyboards use that one. */}
      <Link href={href} className={styles.cardLink} tabIndex={-1} aria-hidden="true">
        <MediaThumb image={item} sizes={SIZES} className={styles.cover} decorative />
      </Link>
      <div className={styles.cardBody}>
        {item.alt ? <p className={styles.alt}>{item.alt}</p> : <p className={styles.missing}>{t.noAlt}</p>}
        {item.caption ? <p className={styles.caption}>{item.caption}</p> : null}
        {item.credit ? <p className={styles.meta}>{item.credit}</p> : null}
        <p className={styles.meta}>
          {t.dimensions(item.width, item.height)} ·{' '}
          <Link href={href} aria-label={t.editLabel(item.alt || t.noAlt)}>
            {t.edit}
          </Link>
        </p>
      </div>
    </article>
  );
}
