import type { Metadata } from 'next';
import Link from 'next/link';
import { MediaGrid } from '@/components/admin/media/MediaGrid';
import { MediaUploadForm } from '@/components/admin/media/MediaUploadForm';
import styles from '@/components/admin/media/media.module.css';
import { requirePageUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n/messages';
import { browseMedia } from '@/lib/media/library';
import { parseSearchQuery } from '@/lib/search/query';

export const metadata: Metadata = { title: messages.media.title };

type Props = { searchParams: Promise<{ q?: string | string[]; sau?: string | string[] }> };

export default async function MediaLibraryPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = parseSearchQuery(params.q).text;
  await requirePageUser('media.upload', `/admin/media${q ? `?q=${encodeURIComponent(q)}` : ''}`);
  const page = await browseMedia({ q, cursor: params.sau });
  const t = messages.media;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="field-hint" style={{ marginBottom: 12 }}>
        {t.intro}
      </p>
      <section className="panel" aria-labelledby="media-upload-heading">
        <h2 id="media-upload-heading" style={{ marginTop: 0 }}>
          {t.uploadHeading}
        </h2>
        <MediaUploadForm linkToDetails />
      </section>
      <search className="panel">
        <form action="/admin/media" method="get" role="search" className={styles.toolbar}>
          <label htmlFor="media-q">{t.searchLabel}</label>
          <input id="media-q" name="q" type="search" defaultValue={q} placeholder={t.searchPlaceholder} maxLength={200} />
          <button type="submit" className="button">
            {messages.admin.search}
          </button>
          {q ? (
            <Link href="/admin/media" className="button">
              {t.showAll}
            </Link>
          ) : null}
        </form>
      </search>
      {q ? <h2 className={styles.summary}>{t.resultsFor(q)}</h2> : null}
      <MediaGrid key={`${q}:${params.sau ?? ''}:${page.items[0]?.id ?? 0}`} q={q} initial={page} />
    </>
  );
}
