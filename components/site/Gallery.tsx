'use client';

import { useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { MediaVariant } from '@/db/schema/media';
import type { SafeGalleryImage } from '@/lib/articles/rich-text';
// The gallery's words only: this is a client component, and messages.ts would put every string of
// the site and the dashboard into the scripts of each page that may show a gallery (the home page too).
import { galleryMessages } from '@/lib/i18n/vi/gallery';
import { NewsImage } from './NewsImage';
import styles from './gallery.module.css';

/** A gallery photo as readers get it: the story's words, and the library's focal point and stored copies where known. */
export type GalleryPhoto = SafeGalleryImage & { focalX?: number; focalY?: number; variants?: MediaVariant[] };

const percent = (n: number | undefined) => `${Math.round((n ?? 0.5) * 100)}%`;

/**
 * A story's photo gallery. On a phone, a strip to swipe (CSS scroll-snap, one photo a screen,
 * "2/7" on each); on a desktop, a grid of thumbnails cropped around their focal points. Any photo
 * opens a full-screen viewer (a native <dialog>: Esc closes it, arrow keys and buttons move).
 * The only script is the viewer's; no carousel library.
 */
export function Gallery({ images }: { images: GalleryPhoto[] }) {
  const g = galleryMessages;
  const dialog = useRef<HTMLDialogElement>(null);
  const [current, setCurrent] = useState<number | null>(null);
  const n = images.length;
  const shown = current === null ? null : images[current];

  function open(index: number) {
    setCurrent(index);
    if (!dialog.current?.open) dialog.current?.showModal();
  }
  const step = (by: number) => setCurrent((index) => (index === null ? index : (index + by + n) % n));
  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key === 'ArrowRight') step(1);
    else if (event.key === 'ArrowLeft') step(-1);
    else return;
    event.preventDefault();
  }

  return (
    <div className={styles.gallery} role="group" aria-label={g.readerLabel(n)}>
      <ul className={styles.strip}>
        {images.map((image, i) => (
          <li key={i} className={styles.slide} style={{ '--focal': `${percent(image.focalX)} ${percent(image.focalY)}` } as CSSProperties}>
            <figure className={styles.slideFigure}>
            <button type="button" className={styles.open} onClick={() => open(i)} aria-label={g.open(i + 1, n, image.alt)}>
              {/* Without the focal point here: the stylesheet crops around it (--focal) only where the grid crops. */}
              <NewsImage image={{ key: image.key, width: image.width, height: image.height, alt: image.alt, variants: image.variants }} sizes="(min-width: 760px) 240px, 100vw" className={styles.photo} />
            </button>
            <span className={styles.counter} aria-hidden="true">
              {g.counter(i + 1, n)}
            </span>
            {image.caption || image.credit ? (
              <figcaption className={styles.caption}>
                {image.caption}
                {image.credit ? <span className={styles.credit}> {image.credit}</span> : null}
              </figcaption>
            ) : null}
            </figure>
          </li>
        ))}
      </ul>
      <dialog ref={dialog} className={styles.viewer} aria-label={g.viewer} onClose={() => setCurrent(null)} onKeyDown={onKeyDown}>
        {shown && current !== null ? (
          <div className={styles.viewerFrame}>
            <div className={styles.viewerBar}>
              <span aria-live="polite">{g.counter(current + 1, n)}</span>
              <button type="button" className={styles.viewerButton} onClick={() => dialog.current?.close()}>
                {g.close}
              </button>
            </div>
            <div className={styles.viewerStage}>
              <NewsImage key={current} image={{ key: shown.key, width: shown.width, height: shown.height, alt: shown.alt, variants: shown.variants }} sizes="100vw" className={styles.viewerPhoto} priority />
              {n > 1 ? (
                <>
                  <button type="button" className={`${styles.viewerButton} ${styles.previous}`} onClick={() => step(-1)} aria-label={g.previous}>
                    <span aria-hidden="true">‹</span>
                  </button>
                  <button type="button" className={`${styles.viewerButton} ${styles.next}`} onClick={() => step(1)} aria-label={g.next}>
                    <span aria-hidden="true">›</span>
                  </button>
                </>
              ) : null}
            </div>
            {shown.caption || shown.credit ? (
              <div className={styles.viewerCaption}>
                {shown.caption}
                {shown.credit ? <span className={styles.credit}> {shown.credit}</span> : null}
              </div>
            ) : null}
          </div>
        ) : null}
      </dialog>
    </div>
  );
}
