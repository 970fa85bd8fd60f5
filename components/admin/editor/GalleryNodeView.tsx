'use client';

import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import Image from 'next/image';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { GALLERY_MAX_IMAGES } from '@/lib/articles/rich-text';
import { messages } from '@/lib/i18n/messages';
import { mediaPath } from '@/lib/site/routes';
import { MediaPicker, type PickedMedia } from '../media/MediaPicker';
import type { GalleryImage } from './gallery-extension';
import { PlacementFields } from './PlacementFields';
import styles from './placement.module.css';

/** A gallery photo as the library hands it over: its words copied, to be changed for this story. */
export function galleryImageFrom(media: PickedMedia): GalleryImage {
  return { mediaId: media.id, key: media.key, width: media.width, height: media.height, alt: media.alt, caption: media.caption, credit: media.credit };
}

/** Stable React keys even when one photo appears twice: its key and how many times it came before. */
function itemKeys(images: GalleryImage[]): string[] {
  const seen = new Map<string, number>();
  return images.map((image) => {
    const n = seen.get(image.key) ?? 0;
    seen.set(image.key, n + 1);
    return `${image.key}#${n}`;
  });
}

/**
 * The gallery in the editor: its photos in order, each with buttons to move it earlier or later or
 * take it out, and its caption, credit and alt text for this story; "add photos" opens the picker
 * in its several-photos mode. Every change goes through updateAttributes (autosave, undo).
 */
export function GalleryNodeView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const g = messages.gallery;
  const images = (node.attrs.images ?? []) as GalleryImage[];
  const editable = editor.isEditable;
  const [picking, setPicking] = useState(false);
  const [notice, setNotice] = useState('');
  const n = images.length;
  const keys = itemKeys(images);

  const save = (next: GalleryImage[]) => updateAttributes({ images: next });
  const move = (from: number, to: number) => {
    const next = [...images];
    const [image] = next.splice(from, 1);
    next.splice(to, 0, image!);
    save(next);
  };
  const add = (picked: PickedMedia[]) => {
    const room = GALLERY_MAX_IMAGES - n;
    setNotice(picked.length > room ? g.tooMany(GALLERY_MAX_IMAGES) : '');
    save([...images, ...picked.slice(0, Math.max(room, 0)).map(galleryImageFrom)]);
    setPicking(false);
  };

  return (
    <NodeViewWrapper className={styles.gallery} role="group" aria-label={g.nodeLabel(n)} data-gallery="">
      <p className={styles.galleryHead} data-drag-handle="">
        {g.nodeLabel(n)}
      </p>
      {n === 0 ? <p className={styles.hint}>{g.empty}</p> : null}
      <ol className={styles.galleryList}>
        {images.map((image, i) => (
          <li key={keys[i]}>
            <div className={styles.galleryItem} role="group" aria-label={g.item(i + 1, n)}>
              <div className={styles.galleryThumb}>
                <Image src={mediaPath(image.key)} width={image.width} height={image.height} alt={image.alt} sizes="160px" draggable={false} />
                <span className={styles.galleryNumber} aria-hidden="true">
                  {i + 1}
                </span>
              </div>
              <div className={styles.galleryItemBody}>
                {editable ? (
                  <div className={styles.galleryButtons}>
                    <button type="button" className="button" onClick={() => move(i, i - 1)} disabled={i === 0}>
                      {g.earlier}
                    </button>
                    <button type="button" className="button" onClick={() => move(i, i + 1)} disabled={i === n - 1}>
                      {g.later}
                    </button>
                    <button type="button" className="button" onClick={() => save(images.filter((_, j) => j !== i))}>
                      {g.remove}
                    </button>
                  </div>
                ) : null}
                <PlacementFields
                  text={{ alt: image.alt ?? '', caption: image.caption ?? '', credit: image.credit ?? '' }}
                  mediaId={image.mediaId}
                  editable={editable}
                  onChange={(patch) => save(images.map((other, j) => (j === i ? { ...other, ...patch } : other)))}
                />
              </div>
            </div>
          </li>
        ))}
      </ol>
      {notice ? (
        <p role="alert" className={styles.error}>
          {notice}
        </p>
      ) : null}
      {editable ? (
        <button type="button" className="button" onClick={() => setPicking(true)} disabled={n >= GALLERY_MAX_IMAGES}>
          {g.addPhotos}
        </button>
      ) : null}
      {/* In the page's body, not the story form: the picker has a form of its own (upload). */}
      {picking ? createPortal(<MediaPicker multiple onPickMany={add} onClose={() => setPicking(false)} />, document.body) : null}
    </NodeViewWrapper>
  );
}
