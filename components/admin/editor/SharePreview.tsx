'use client';

import { useDeferredValue, useMemo, useState } from 'react';
import type { EditorData } from '@/lib/articles/editor-data';
import { articleSlugBase } from '@/lib/format/slug';
import { messages } from '@/lib/i18n/messages';
import { storyShare } from '@/lib/site/share';
import { googleResult, socialCard, type SiteIdentity } from '@/lib/site/share-preview';
import type { ArticleFields } from '@/lib/validation/article';
import styles from './aids.module.css';

type Props = { fields: ArticleFields; sections: EditorData['sections']; featured: EditorData['featured']; site: SiteIdentity };

/**
 * "Xem trước khi chia sẻ": the story as a Google result and as a Facebook/Zalo card, from the
 * words being typed, by the rule the reader page's metadata uses (lib/site/share.ts). Nothing is
 * fetched but the card picture, which is the very file Facebook gets.
 */
export function SharePreview(props: Props) {
  const [open, setOpen] = useState(false);
  // Drawn only while open: nothing is computed, no picture is fetched, and the page's text is not
  // doubled in the document for people (and tests) looking for the story's title.
  return (
    <details id="share-preview" className={styles.share} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{messages.editorAids.preview.heading}</summary>
      {open ? <PreviewBody {...props} /> : null}
    </details>
  );
}

function PreviewBody({ fields, sections, featured, site }: Props) {
  const t = messages.editorAids.preview;
  const typed = useDeferredValue(fields);
  const share = useMemo(() => {
    const title = typed.title.trim();
    const made = storyShare({
      title,
      seoTitle: typed.seoTitle.trim(),
      sapo: typed.sapo,
      seoDescription: typed.seoDescription,
      body: typed.body,
      sectionSlug: sections.find((s) => s.id === typed.sectionId)?.slug ?? t.noSection,
      slug: articleSlugBase({ slug: typed.slug.trim(), title }),
      image: featured,
    });
    return { ...made, title: made.title || t.noTitle };
  }, [typed, sections, featured, t]);
  const google = googleResult(share, site);
  const card = socialCard(share, site);

  return (
    <>
      <p className="field-hint">{t.intro}</p>
      <figure className={styles.shot}>
        <figcaption>{t.google}</figcaption>
        <div className={styles.google}>
          <p className={styles.googleSite}>{google.siteName}</p>
          <p className={styles.googleUrl}>{google.breadcrumb}</p>
          <p className={styles.googleTitle}>{google.title}</p>
          <p className={styles.googleText}>{google.description || t.noDescription}</p>
        </div>
      </figure>
      <figure className={styles.shot}>
        <figcaption>{t.social}</figcaption>
        <div className={styles.card}>
          {card.image ? (
            // eslint-disable-next-line @next/next/no-img-element -- the 1200×630 card itself (app/og), as Facebook gets it
            <img className={styles.cardImage} src={card.image.url} alt="" width={card.image.width} height={card.image.height} loading="lazy" />
          ) : (
            <p className={styles.cardNoImage}>{t.noImage}</p>
          )}
          <div className={styles.cardText}>
            <p className={styles.cardDomain}>{card.domain}</p>
            <p className={styles.cardTitle}>{card.title}</p>
            {card.description ? <p className={styles.cardDescription}>{card.description}</p> : null}
          </div>
        </div>
      </figure>
    </>
  );
}
