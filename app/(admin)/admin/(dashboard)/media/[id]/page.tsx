import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MediaDetailsForm } from '@/components/admin/media/MediaDetailsForm';
import { MediaDetailsView } from '@/components/admin/media/MediaDetailsView';
import styles from '@/components/admin/media/media.module.css';
import { requirePageUser } from '@/lib/auth/session';
import { formatDateTimeLine } from '@/lib/format/dates';
import { messages } from '@/lib/i18n/messages';
import { openMediaDetails } from '@/lib/media/library';
import { mediaPath } from '@/lib/site/routes';

export const metadata: Metadata = { title: messages.media.detailsTitle };

type Props = { params: Promise<{ id: string }> };

export default async function MediaDetailsPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser('media.edit', `/admin/media/${encodeURIComponent(id)}`);
  const mediaId = /^[1-9][0-9]{0,9}$/.test(id) ? Number(id) : NaN;
  const opened = mediaId <= 2_147_483_647 ? await openMediaDetails(user, { id: mediaId }) : null;
  if (!opened) notFound();
  const { item, editable } = opened;
  const t = messages.media;
  return (
    <>
      <p>
        <Link href="/admin/media">{t.backToLibrary}</Link>
      </p>
      <h1>{t.detailsTitle}</h1>
      {editable ? <MediaDetailsForm item={item} /> : <MediaDetailsView item={item} />}
      <section className="panel" aria-labelledby="media-file-heading">
        <h2 id="media-file-heading" style={{ marginTop: 0 }}>
          {t.fileInfo}
        </h2>
        <dl className={styles.info}>
          <dt>{t.address}</dt>
          <dd>
            <a href={mediaPath(item.key)}>{mediaPath(item.key)}</a>
          </dd>
          <dt>{t.original}</dt>
          <dd>
            {item.mime} · {t.dimensions(item.width, item.height)} · {t.size(item.size)}
          </dd>
          <dt>{t.uploadedAt}</dt>
          <dd>{formatDateTimeLine(item.createdAt)}</dd>
          <dt>{t.variants}</dt>
          <dd>
            <ul className={styles.variantList}>
              {item.variants.map((v) => (
                <li key={v.key}>
                  <a href={mediaPath(v.key)}>{t.dimensions(v.width, v.height)}</a>
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      </section>
    </>
  );
}
