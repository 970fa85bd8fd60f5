'use client';

import { useId, useState, useTransition } from 'react';
import { updateMediaDetailsAction } from '@/lib/actions/media';
import { messages } from '@/lib/i18n/messages';
import { MEDIA_LIMITS } from '@/lib/media/fields';
import type { MediaItem } from '@/lib/media/types';
import { FocalPointChooser } from './FocalPointChooser';
import styles from './media.module.css';

type Result = { ok: true; message: string } | { ok: false; error: string; fieldErrors: Record<string, string[]> } | null;

/** Alt text, caption, credit and focal point of one photograph. */
export function MediaDetailsForm({ item }: { item: MediaItem }) {
  const t = messages.media;
  const id = useId();
  const [alt, setAlt] = useState(item.alt);
  const [caption, setCaption] = useState(item.caption);
  const [credit, setCredit] = useState(item.credit);
  const [focal, setFocal] = useState({ x: String(item.focalX), y: String(item.focalY) });
  const [result, setResult] = useState<Result>(null);
  const [pending, startTransition] = useTransition();
  const error = (name: string) => (result && !result.ok ? result.fieldErrors[name]?.[0] : undefined);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const number = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));
    const focalX = number(focal.x);
    const focalY = number(focal.y);
    const badFocal = (n: number) => !Number.isFinite(n) || n < 0 || n > 1;
    if (badFocal(focalX) || badFocal(focalY)) {
      const fieldErrors: Record<string, string[]> = {};
      if (badFocal(focalX)) fieldErrors.focalX = [t.field.focal];
      if (badFocal(focalY)) fieldErrors.focalY = [t.field.focal];
      setResult({ ok: false, error: messages.validation.fixFields, fieldErrors });
      return;
    }
    startTransition(async () => {
      const saved = await updateMediaDetailsAction({ id: item.id, alt, caption, credit, focalX, focalY });
      if (saved.ok) {
        setAlt(saved.data.alt);
        setCaption(saved.data.caption);
        setCredit(saved.data.credit);
        setFocal({ x: String(saved.data.focalX), y: String(saved.data.focalY) });
        setResult({ ok: true, message: saved.message ?? t.saved });
      } else {
        setResult({ ok: false, error: saved.error, fieldErrors: saved.fieldErrors ?? {} });
      }
    });
  }

  const field = (name: 'alt' | 'caption' | 'credit', value: string, set: (v: string) => void, hint?: string) => {
    const message = error(name);
    const props = {
      id: `${id}-${name}`,
      name,
      value,
      maxLength: MEDIA_LIMITS[name],
      onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(e.target.value),
      'aria-invalid': message ? true : undefined,
      'aria-describedby': hint ? `${id}-${name}-hint` : undefined,
    };
    return (
      <>
        <label htmlFor={props.id}>{t[name]}</label>
        {name === 'credit' ? <input type="text" {...props} /> : <textarea rows={name === 'alt' ? 2 : 4} {...props} />}
        {hint ? (
          <p id={`${id}-${name}-hint`} className="field-hint">
            {hint}
          </p>
        ) : null}
        {message ? <p className="field-error">{message}</p> : null}
      </>
    );
  };

  return (
    <form onSubmit={onSubmit} className={styles.detail} noValidate aria-busy={pending}>
      <div className="panel">
        <FocalPointChooser
          image={item}
          x={focal.x}
          y={focal.y}
          onChange={(x, y) => setFocal({ x, y })}
          errors={{ x: error('focalX'), y: error('focalY') }}
        />
      </div>
      <div className="panel admin-form">
        {result && !result.ok ? (
          <p role="alert" className="form-error">
            {result.error}
          </p>
        ) : null}
        {field('alt', alt, setAlt, t.altHint)}
        {field('caption', caption, setCaption)}
        {field('credit', credit, setCredit, t.creditHint)}
        <div className="button-row" style={{ marginTop: 12 }}>
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? t.saving : t.save}
          </button>
        </div>
        {result?.ok ? (
          <p role="status" className="form-ok">
            {result.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
