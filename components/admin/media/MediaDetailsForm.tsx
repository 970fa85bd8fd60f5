'use client';

import { useState } from 'react';
import { updateMediaDetailsAction } from '@/lib/actions/media';
import { messages } from '@/lib/i18n/messages';
import { MEDIA_LIMITS } from '@/lib/media/fields';
import type { MediaItem } from '@/lib/media/types';
import { FieldError, Notice } from '../forms/FormFeedback';
import { useActionForm } from '../forms/useActionForm';
import { FocalPointChooser } from './FocalPointChooser';
import styles from './media.module.css';

type Details = { id: number; alt: string; caption: string; credit: string; focalX: number; focalY: number };

const number = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));
const badFocal = (n: number) => !Number.isFinite(n) || n < 0 || n > 1;

/** The focal point is checked here first, so a typo never leaves the page. */
function saveDetails(input: Details) {
  if (!badFocal(input.focalX) && !badFocal(input.focalY)) return updateMediaDetailsAction(input);
  const fieldErrors: Record<string, string[]> = {};
  if (badFocal(input.focalX)) fieldErrors.focalX = [messages.media.field.focal];
  if (badFocal(input.focalY)) fieldErrors.focalY = [messages.media.field.focal];
  return Promise.resolve({ ok: false as const, error: messages.validation.fixFields, fieldErrors });
}

/** Alt text, caption, credit and focal point of one photograph. */
export function MediaDetailsForm({ item }: { item: MediaItem }) {
  const t = messages.media;
  const [alt, setAlt] = useState(item.alt);
  const [caption, setCaption] = useState(item.caption);
  const [credit, setCredit] = useState(item.credit);
  const [focal, setFocal] = useState({ x: String(item.focalX), y: String(item.focalY) });
  const form = useActionForm(saveDetails, () => ({ id: item.id, alt, caption, credit, focalX: number(focal.x), focalY: number(focal.y) }), {
    refresh: false,
    onSuccess: ({ data }) => {
      setAlt(data.alt);
      setCaption(data.caption);
      setCredit(data.credit);
      setFocal({ x: String(data.focalX), y: String(data.focalY) });
    },
  });
  const { result, pending } = form;
  const error = (name: string) => form.errors(name)?.[0];

  const field = (name: 'alt' | 'caption' | 'credit', value: string, set: (v: string) => void, hint?: string) => {
    const { id } = form.field(name);
    const props = {
      id,
      name,
      value,
      maxLength: MEDIA_LIMITS[name],
      onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(e.target.value),
      'aria-invalid': error(name) ? true : undefined,
      'aria-describedby': hint ? `${id}-hint` : undefined,
    };
    return (
      <>
        <label htmlFor={id}>{t[name]}</label>
        {name === 'credit' ? <input type="text" {...props} /> : <textarea rows={name === 'alt' ? 2 : 4} {...props} />}
        {hint ? (
          <p id={`${id}-hint`} className="field-hint">
            {hint}
          </p>
        ) : null}
        <FieldError id={form.errorId(name)} errors={form.errors(name)?.slice(0, 1)} />
      </>
    );
  };

  return (
    <form onSubmit={form.onSubmit} className={styles.detail} noValidate aria-busy={pending}>
      <div className="panel">
        <FocalPointChooser image={item} x={focal.x} y={focal.y} onChange={(x, y) => setFocal({ x, y })} errors={{ x: error('focalX'), y: error('focalY') }} />
      </div>
      <div className="panel admin-form">
        {result && !result.ok ? <Notice kind="error" text={result.error} /> : null}
        {field('alt', alt, setAlt, t.altHint)}
        {field('caption', caption, setCaption)}
        {field('credit', credit, setCredit, t.creditHint)}
        <div className="button-row" style={{ marginTop: 12 }}>
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? t.saving : t.save}
          </button>
        </div>
        {result?.ok ? <Notice kind="ok" text={result.message ?? t.saved} /> : null}
      </div>
    </form>
  );
}
