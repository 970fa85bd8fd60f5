import type { Metadata } from 'next';
import { ArchiveLink } from '@/components/site/ArchiveLink';
import { getCorrections } from '@/lib/articles/public';
import { formatDateTimeLine } from '@/lib/format/dates';
import { messages } from '@/lib/i18n/messages';
import { articlePath } from '@/lib/site/routes';

// A plain route would be prerendered at build time, which has no database: render per
// request from cached data instead.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: messages.site.correctionsPage,
  description: messages.site.correctionsIntro,
  alternates: { canonical: '/dinh-chinh' },
};

/** Every correction the newsroom published, newest first (Press Law: corrections are public). */
export default async function CorrectionsPage() {
  const corrections = await getCorrections(200);
  const t = messages.site;
  return (
    <>
      <h1 className="page-heading">{t.correctionsPage}</h1>
      <p className="page-intro">{t.correctionsIntro}</p>
      {corrections.length ? (
        <ul className="story-list">
          {corrections.map((c) => (
            <li key={`${c.slug}-${c.createdAt}`}>
              <h2 className="story-card__title">
                <ArchiveLink href={articlePath(c)}>{c.title}</ArchiveLink>
              </h2>
              <p className="story-card__meta">
                <time dateTime={c.createdAt}>{formatDateTimeLine(c.createdAt)}</time>
              </p>
              <p>{c.note}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t.noCorrections}</p>
      )}
    </>
  );
}
