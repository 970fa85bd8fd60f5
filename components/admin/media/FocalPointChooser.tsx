'use client';

import { useId, useRef } from 'react';
import { messages } from '@/lib/i18n/messages';
import { FieldError, invalidProps } from '../forms/FormFeedback';
import type { MediaItem } from '@/lib/media/types';
import { MediaThumb } from './MediaThumb';
import styles from './media.module.css';

type Props = {
  image: Pick<MediaItem, 'key' | 'width' | 'height' | 'alt' | 'variants'>;
  /** As typed: strings, so that a half-typed number is not thrown away. */
  x: string;
  y: string;
  onChange: (x: string, y: string) => void;
  errors?: { x?: string; y?: string };
};

const clamp = (n: number) => Math.min(1, Math.max(0, Math.round(n * 1000) / 1000));
const asNumber = (s: string, fallback = 0.5) => (s.trim() === '' || !Number.isFinite(Number(s)) ? fallback : clamp(Number(s)));

/**
 * The point of the photograph that must stay in view when it is cropped: click on the
 * picture, move it with the arrow keys (Shift for small steps), or type both numbers.
 */
export function FocalPointChooser({ image, x, y, onChange, errors }: Props) {
  const t = messages.media;
  const id = useId();
  const picture = useRef<HTMLSpanElement>(null);
  const fx = asNumber(x);
  const fy = asNumber(y);
  const xErrors = errors?.x ? [errors.x] : undefined;
  const yErrors = errors?.y ? [errors.y] : undefined;

  function onClick(event: React.MouseEvent<HTMLButtonElement>) {
    // Enter and Space also "click" (detail 0); they leave the point where it is.
    if (event.detail === 0 || !picture.current) return;
    const box = picture.current.getBoundingClientRect();
    onChange(String(clamp((event.clientX - box.left) / box.width)), String(clamp((event.clientY - box.top) / box.height)));
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLButtonElement>) {
    const step = event.shiftKey ? 0.01 : 0.05;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    onChange(String(clamp(fx + move[0])), String(clamp(fy + move[1])));
  }

  const focused = { ...image, focalX: fx, focalY: fy };
  return (
    <fieldset className={`admin-form ${styles.focalSet}`}>
      <legend className="field-label">{t.focalPoint}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t.focalHint}
      </p>
      <button type="button" className={styles.focal} onClick={onClick} onKeyDown={onKeyDown} aria-label={t.focalImage} aria-describedby={`${id}-hint`}>
        <span ref={picture} style={{ position: 'relative', display: 'block' }}>
          <MediaThumb image={focused} sizes="(min-width: 900px) 700px, 100vw" className={styles.focalImage} eager decorative />
          <span className={styles.marker} style={{ left: `${fx * 100}%`, top: `${fy * 100}%` }} aria-hidden="true" />
        </span>
      </button>
      <div className={styles.numbers}>
        <div>
          <label htmlFor={`${id}-x`}>{t.focalX}</label>
          <input id={`${id}-x`} type="number" min={0} max={1} step={0.01} inputMode="decimal" value={x} onChange={(e) => onChange(e.target.value, y)} {...invalidProps(xErrors, `${id}-x-error`)} />
          <FieldError id={`${id}-x-error`} errors={xErrors} />
        </div>
        <div>
          <label htmlFor={`${id}-y`}>{t.focalY}</label>
          <input id={`${id}-y`} type="number" min={0} max={1} step={0.01} inputMode="decimal" value={y} onChange={(e) => onChange(x, e.target.value)} {...invalidProps(yErrors, `${id}-y-error`)} />
          <FieldError id={`${id}-y-error`} errors={yErrors} />
        </div>
      </div>
      <p className="field-hint">{t.focalPreview}</p>
      <div className={styles.previews} aria-hidden="true">
        <MediaThumb image={focused} sizes="90px" className={styles.previewSquare} decorative />
        <MediaThumb image={focused} sizes="160px" className={styles.previewWide} decorative />
      </div>
    </fieldset>
  );
}
