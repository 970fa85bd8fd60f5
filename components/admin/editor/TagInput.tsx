'use client';

import { useId, useState } from 'react';
import { messages } from '@/lib/i18n/messages';
import styles from './editor.module.css';

/** Tag names as chips; suggestions from existing tags, new names allowed. */
export function TagInput({ value, onChange, suggestions, readOnly = false }: { value: string[]; onChange: (tags: string[]) => void; suggestions: string[]; readOnly?: boolean }) {
  const t = messages.articles.fields;
  const [draft, setDraft] = useState('');
  const listId = useId();
  const add = (raw: string) => {
    const name = raw.replace(/,$/, '').trim();
    if (!name || value.some((v) => v.toLowerCase() === name.toLowerCase())) return setDraft('');
    onChange([...value, name]);
    setDraft('');
  };
  return (
    <div className={styles.main}>
      <ul className={styles.chips} aria-label={t.selectedTags}>
        {value.map((tag) => (
          <li key={tag} className={styles.chip}>
            {tag}
            <button type="button" aria-label={t.removeTag(tag)} onClick={() => onChange(value.filter((v) => v !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id="article-tags"
        type="text"
        list={listId}
        value={draft}
        readOnly={readOnly}
        aria-describedby="article-tags-hint"
        onChange={(e) => (e.target.value.endsWith(',') ? add(e.target.value) : setDraft(e.target.value))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add(draft);
          }
        }}
        onBlur={() => draft && add(draft)}
      />
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <p id="article-tags-hint" className="field-hint">
        {t.tagsHint}
      </p>
    </div>
  );
}
