'use client';

import { useId, useState } from 'react';
import { messages } from '@/lib/i18n/messages';
import { fetchMediaItem } from '../media/media-client';
import styles from './placement.module.css';

/** A photo's words for one placement in a story: copied from the library at insertion, then the story's own. */
export type PlacementText = { alt: string; caption: string; credit: string };

const LIMITS = { alt: 500, caption: 2000, credit: 200 } as const;

/**
 * One text input of a node view. While it has focus, what the person types is shown from local
 * state (the node's attributes follow through the editor's transaction, maybe a render later);
 * otherwise it shows the attribute, so a change from elsewhere (undo, the library) appears.
 */
function AttrInput({
  label,
  value,
  onChange,
  readOnly,
  maxLength,
  multiline,
  hint,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  readOnly: boolean;
  maxLength: number;
  multiline?: boolean;
  hint?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const common = {
    id,
    value: draft ?? value,
    readOnly,
    maxLength,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onFocus: () => setDraft(value),
    onBlur: () => setDraft(null),
  };
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          rows={2}
          onChange={(e) => {
            setDraft(e.target.value);
            onChange(e.target.value);
          }}
        />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(e) => {
            setDraft(e.target.value);
            onChange(e.target.value);
          }}
        />
      )}
      {hint ? (
        <small id={`${id}-hint`} className={styles.hint}>
          {hint}
        </small>
      ) : null}
    </div>
  );
}

/**
 * Caption, credit and alt text of one placement of a photo, edited where it stands; the button
 * puts back the library's current words for that photo (this placement only).
 */
export function PlacementFields({ text, mediaId, editable, onChange }: { text: PlacementText; mediaId: number | null; editable: boolean; onChange: (patch: Partial<PlacementText>) => void }) {
  const g = messages.gallery;
  const [library, setLibrary] = useState<'idle' | 'loading' | 'done' | 'error'>('idle');

  async function restoreLibraryText() {
    if (!mediaId) return;
    setLibrary('loading');
    try {
      const item = await fetchMediaItem(mediaId);
      onChange({ alt: item.alt, caption: item.caption, credit: item.credit });
      setLibrary('done');
    } catch (cause) {
      console.error('placement: reading the library failed', cause);
      setLibrary('error');
    }
  }

  return (
    <div className={styles.fields}>
      <AttrInput label={g.caption} value={text.caption} readOnly={!editable} maxLength={LIMITS.caption} multiline onChange={(caption) => onChange({ caption })} />
      <AttrInput label={g.credit} value={text.credit} readOnly={!editable} maxLength={LIMITS.credit} onChange={(credit) => onChange({ credit })} />
      <AttrInput label={g.alt} value={text.alt} readOnly={!editable} maxLength={LIMITS.alt} hint={text.alt ? undefined : g.noAlt} onChange={(alt) => onChange({ alt })} />
      {editable && mediaId ? (
        <div className={styles.library}>
          <button type="button" className="button" onClick={() => void restoreLibraryText()} disabled={library === 'loading'}>
            {g.useLibrary}
          </button>
          <span role="status" className={library === 'error' ? styles.error : styles.hint}>
            {library === 'loading' ? g.libraryLoading : library === 'done' ? g.libraryDone : library === 'error' ? g.libraryFailed : ''}
          </span>
        </div>
      ) : null}
    </div>
  );
}
