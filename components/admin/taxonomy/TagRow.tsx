'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { mergeTagsAction, renameTagAction } from '@/lib/actions/tags';
import { messages } from '@/lib/i18n/messages';
import { Notice } from '../forms/FormFeedback';
import styles from './taxonomy.module.css';

export type TagItem = { id: number; slug: string; name: string; stories: number };

/** One tag with its rename and merge forms. */
export function TagRow({ tag, others, onMessage }: { tag: TagItem; others: TagItem[]; onMessage: (message: string) => void }) {
  const t = messages.taxonomy.tags;
  const id = useId();
  const router = useRouter();
  const [mode, setMode] = useState<'idle' | 'rename' | 'merge'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function run(action: () => ReturnType<typeof renameTagAction>) {
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        setError(result.fieldErrors ? Object.values(result.fieldErrors).flat().join(' ') || result.error : result.error);
        return;
      }
      setError(null);
      setMode('idle');
      onMessage(result.message ?? '');
      router.refresh();
    });
  }

  return (
    <tr>
      <td className={styles.tagCell}>
        <strong>{tag.name}</strong>
        {mode === 'rename' ? (
          <form
            className={`admin-form ${styles.inlineForm}`}
            aria-label={`${t.rename} ${tag.name}`}
            onSubmit={(event) => {
              event.preventDefault();
              const data = new FormData(event.currentTarget);
              run(() => renameTagAction({ id: tag.id, name: String(data.get('name') ?? ''), slug: String(data.get('slug') ?? '') }));
            }}
          >
            <label htmlFor={`${id}-name`}>{t.name}</label>
            <input id={`${id}-name`} name="name" type="text" required maxLength={60} defaultValue={tag.name} />
            <label htmlFor={`${id}-slug`}>{t.slug}</label>
            <input id={`${id}-slug`} name="slug" type="text" maxLength={120} defaultValue={tag.slug} aria-describedby={`${id}-hint`} />
            <p className="field-hint" id={`${id}-hint`}>
              {t.slugHint}
            </p>
            <div className="button-row">
              <button type="submit" className="button button--primary" disabled={pending}>
                {t.save}
              </button>
              <button type="button" className="button" onClick={() => setMode('idle')}>
                {t.cancel}
              </button>
            </div>
          </form>
        ) : null}
        {mode === 'merge' ? (
          <form
            className={`admin-form ${styles.inlineForm}`}
            aria-label={t.mergeInto(tag.name)}
            onSubmit={(event) => {
              event.preventDefault();
              const into = Number(new FormData(event.currentTarget).get('intoId'));
              run(() => mergeTagsAction({ fromId: tag.id, intoId: into }));
            }}
          >
            <label htmlFor={`${id}-into`}>{t.mergeInto(tag.name)}</label>
            <select id={`${id}-into`} name="intoId" required defaultValue="" aria-describedby={`${id}-merge-hint`}>
              <option value="" disabled>
                {t.chooseTarget}
              </option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {`${o.name} (${t.stories(o.stories)})`}
                </option>
              ))}
            </select>
            <p className="field-hint" id={`${id}-merge-hint`}>
              {t.mergeHint}
            </p>
            <div className="button-row">
              <button type="submit" className="button button--danger" disabled={pending}>
                {t.mergeConfirm}
              </button>
              <button type="button" className="button" onClick={() => setMode('idle')}>
                {t.cancel}
              </button>
            </div>
          </form>
        ) : null}
        {error ? <Notice kind="error" text={error} /> : null}
      </td>
      <td className={styles.slug}>{tag.slug}</td>
      <td>{tag.stories}</td>
      <td>
        <div className={styles.actions}>
          <button type="button" className="button" aria-expanded={mode === 'rename'} onClick={() => setMode(mode === 'rename' ? 'idle' : 'rename')}>
            {t.rename}
          </button>
          <button type="button" className="button" aria-expanded={mode === 'merge'} onClick={() => setMode(mode === 'merge' ? 'idle' : 'merge')}>
            {t.merge}
          </button>
        </div>
      </td>
    </tr>
  );
}
