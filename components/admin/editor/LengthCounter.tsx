'use client';

import { checkLength, type LengthField } from '@/lib/articles/reading';
import { formatCount } from '@/lib/format/numbers';
import { messages } from '@/lib/i18n/messages';
import { invalidProps } from '../forms/FormFeedback';
import styles from './aids.module.css';

/**
 * `68/70 ký tự` under a field, and a word of advice when it is outside its usual length. The
 * count is read with the field (aria-describedby), not announced at each keystroke; the advice is
 * announced politely, only when it appears or changes.
 */
export function LengthCounter({ id, field, text }: { id: string; field: LengthField; text: string }) {
  const t = messages.editorAids;
  const { count, max, hint } = checkLength(field, text);
  return (
    <p className={styles.counter}>
      <span id={`${id}-count`} className={hint === 'long' ? styles.over : undefined}>
        {t.characters(formatCount(count), formatCount(max))}
      </span>
      <span id={`${id}-hint`} aria-live="polite" className={styles.hint}>
        {hint ? t.hints[field][hint] : ''}
      </span>
    </p>
  );
}

/** The ARIA wiring of a field with a counter: its error when it has one (as invalidProps), then its count and advice. */
export function counterFieldProps(id: string, errors: string[] | undefined, errorId: string) {
  const invalid = invalidProps(errors, errorId);
  return { ...invalid, 'aria-describedby': ['aria-describedby' in invalid ? invalid['aria-describedby'] : '', `${id}-count`, `${id}-hint`].filter(Boolean).join(' ') };
}
