import { messages } from '@/lib/i18n/messages';
import type { MediaItem } from '@/lib/media/types';
import { MediaThumb } from './MediaThumb';
import styles from './media.module.css';

/** A photograph's details for someone who may not change them (canEditMedia said no): read, not a form. */
export function MediaDetailsView({ item }: { item: MediaItem }) {
  const t = messages.media;
  const text = (value: string) => value || t.emptyDetail;
  return (
    <div className={styles.detail}>
      <div className="panel">
        <MediaThumb image={item} sizes="(min-width: 900px) 60vw, 100vw" eager />
      </div>
      <section className="panel" aria-label={t.detailsLabel}>
        <p className="field-hint">{t.readOnly}</p>
        <dl className={styles.info}>
          <dt>{t.alt}</dt>
          <dd>{text(item.alt)}</dd>
          <dt>{t.caption}</dt>
          <dd>{text(item.caption)}</dd>
          <dt>{t.credit}</dt>
          <dd>{text(item.credit)}</dd>
        </dl>
      </section>
    </div>
  );
}
