'use client';

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { messages } from '@/lib/i18n/messages';
import { Notice } from '../forms/FormFeedback';
import type { MediaItem, MediaPage } from '@/lib/media/types';
import { fetchMediaPage } from './media-client';
import { MediaThumb } from './MediaThumb';
import { MediaUploadForm } from './MediaUploadForm';
import styles from './media.module.css';

export type PickedMedia = { id: number; key: string; width: number; height: number; alt: string; caption: string; credit: string; focalX: number; focalY: number };

type Props = {
  /** Esc, the close button or a click outside the dialog. */
  onClose: () => void;
} & (
  | {
      multiple?: false;
      /** The chosen photograph; the caller closes the picker (unmounts it) when it is done. */
      onPick: (media: PickedMedia) => void;
    }
  | {
      /** Several photographs (a gallery): each click selects or unselects, a button hands them over in the order chosen. */
      multiple: true;
      onPickMany: (media: PickedMedia[]) => void;
    }
);

function toPicked(item: MediaItem): PickedMedia {
  return { id: item.id, key: item.key, width: item.width, height: item.height, alt: item.alt, caption: item.caption, credit: item.credit, focalX: item.focalX, focalY: item.focalY };
}

const SIZES = '(min-width: 960px) 220px, (min-width: 700px) 30vw, 50vw';

/**
 * A modal dialog to find a photograph in the library or upload a new one, then pick it.
 * The native <dialog> keeps focus inside while open and closes on Esc.
 */
export function MediaPicker(props: Props) {
  const { onClose } = props;
  const t = messages.media;
  const g = messages.gallery;
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState('');
  const [items, setItems] = useState<MediaItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [fresh, setFresh] = useState<number | null>(null);
  const [chosen, setChosen] = useState<MediaItem[]>([]);
  const request = useRef(0);

  // Shows a page of results unless a newer request has started meanwhile.
  const receive = useCallback((mine: number, after: string | null, page: Promise<MediaPage>) => {
    page.then(
      (result) => {
        if (mine !== request.current) return;
        setItems((current) => (after ? [...current, ...result.items.filter((i) => !current.some((c) => c.id === i.id))] : result.items));
        setCursor(result.nextCursor);
        setStatus('ready');
      },
      (cause: unknown) => {
        console.error('media picker: loading failed', cause);
        if (mine === request.current) setStatus('error');
      },
    );
  }, []);

  function load(query: string, after: string | null) {
    setStatus('loading');
    receive(++request.current, after, fetchMediaPage({ q: query, cursor: after }));
  }

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    // showModal() focuses the first button (Đóng); searching is what people come for.
    search.current?.focus();
    receive(++request.current, null, fetchMediaPage({ q: '' }));
    // No close() on cleanup: its close event would report a closing nobody asked for
    // (Strict Mode runs effects twice); a removed dialog leaves the top layer by itself.
    // Focus goes back to whatever opened the picker.
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [receive]);

  function pick(item: MediaItem) {
    if (!props.multiple) props.onPick(toPicked(item));
    else setChosen((current) => (current.some((c) => c.id === item.id) ? current.filter((c) => c.id !== item.id) : [...current, item]));
  }

  function uploaded(item: MediaItem) {
    setItems((current) => [item, ...current.filter((c) => c.id !== item.id)]);
    setFresh(item.id);
    if (props.multiple) setChosen((current) => (current.some((c) => c.id === item.id) ? current : [...current, item]));
    // Let the list render, then put focus on the new photograph, ready to pick.
    requestAnimationFrame(() => dialog.current?.querySelector<HTMLButtonElement>(`[data-media-id="${item.id}"]`)?.focus());
  }

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === dialog.current) dialog.current.close(); // the backdrop
      }}
    >
      <div className={styles.dialogHeader}>
        <h2 id={`${id}-title`}>{props.multiple ? g.pickerTitle : t.pickerTitle}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t.pickerClose}
        </button>
      </div>
      <div className={styles.dialogBody}>
        <form
          role="search"
          className={styles.toolbar}
          onSubmit={(event) => {
            event.preventDefault();
            load(q, null);
          }}
        >
          <label htmlFor={`${id}-q`}>{t.searchLabel}</label>
          <input id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t.searchPlaceholder} maxLength={200} ref={search} />
          <button type="submit" className="button">
            {messages.admin.search}
          </button>
        </form>

        <div aria-live="polite">
          {status === 'error' ? <Notice kind="error" text={t.loadFailed} /> : null}
          {status === 'ready' && items.length === 0 ? <p>{q.trim() ? t.noneFor(q.trim()) : t.none}</p> : null}
        </div>
        {items.length ? (
          <ul className={`${styles.grid} ${styles.pickGrid}`} aria-label={t.listLabel}>
            {items.map((item) => {
              const order = chosen.findIndex((c) => c.id === item.id) + 1;
              return (
              <li key={item.id}>
                <button
                  type="button"
                  className={`${styles.pick} ${item.id === fresh ? styles.fresh : ''} ${order ? styles.chosen : ''}`}
                  onClick={() => pick(item)}
                  // Several photos: a toggle named by what it shows (its words, visible), pressed once chosen.
                  aria-label={props.multiple ? undefined : t.pick(item.alt || t.noAlt)}
                  aria-pressed={props.multiple ? order > 0 : undefined}
                  data-media-id={item.id}
                >
                  {order ? (
                    <span className={styles.order} aria-hidden="true">
                      {order}
                    </span>
                  ) : null}
                  <MediaThumb image={item} sizes={SIZES} className={styles.cover} decorative />
                  <span className={styles.cardBody}>
                    <span className={item.alt ? styles.alt : styles.missing}>{item.alt || t.noAlt}</span>
                    {item.caption ? <span className={styles.caption}>{item.caption}</span> : null}
                    {item.credit ? <span className={styles.meta}>{item.credit}</span> : null}
                  </span>
                </button>
              </li>
              );
            })}
          </ul>
        ) : null}
        {cursor ? (
          <div className={styles.more}>
            <button type="button" className="button" onClick={() => load(q, cursor)} disabled={status === 'loading'}>
              {status === 'loading' ? t.loadingMore : t.more}
            </button>
          </div>
        ) : null}

        <section className="panel" aria-labelledby={`${id}-upload`}>
          <h3 id={`${id}-upload`} style={{ marginTop: 0 }}>
            {t.pickerUpload}
          </h3>
          <MediaUploadForm compact onUploaded={uploaded} />
        </section>
      </div>
      {props.multiple ? (
        <div className={styles.dialogFooter}>
          <p aria-live="polite">{g.selected(chosen.length)}</p>
          <button type="button" className="button button--primary" disabled={!chosen.length} onClick={() => props.onPickMany(chosen.map(toPicked))}>
            {g.confirm(chosen.length)}
          </button>
        </div>
      ) : null}
    </dialog>
  );
}
