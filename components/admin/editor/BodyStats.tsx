'use client';

import { useDeferredValue, useMemo } from 'react';
import { bodyStats } from '@/lib/articles/reading';
import { formatCount } from '@/lib/format/numbers';
import { messages } from '@/lib/i18n/messages';
import styles from './aids.module.css';

/** `1.234 chữ · 6 phút đọc` under the body, following the text a moment behind the typing (a long body is counted off the keystroke's path). */
export function BodyStats({ id, body }: { id: string; body: unknown }) {
  const later = useDeferredValue(body);
  const { words, minutes } = useMemo(() => bodyStats(later), [later]);
  return (
    <p id={id} className={styles.bodyStats}>
      {messages.editorAids.bodyStats(formatCount(words), minutes)}
    </p>
  );
}
