'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { moveSectionAction } from '@/lib/actions/sections';
import { messages } from '@/lib/i18n/messages';
import { Notice } from '../forms/FormFeedback';
import { SectionForm, type SectionItem } from './SectionForm';
import styles from './taxonomy.module.css';

/** The section tree with move up/down and an inline edit form per section. */
export function SectionTree({ sections }: { sections: SectionItem[] }) {
  const t = messages.taxonomy.sections;
  const router = useRouter();
  const [editing, setEditing] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const topLevel = sections.filter((s) => s.parentId === null);

  function move(id: number, direction: 'up' | 'down') {
    startTransition(async () => {
      const result = await moveSectionAction({ id, direction });
      setError(result.ok ? null : result.error);
      router.refresh();
    });
  }

  function renderList(items: SectionItem[]) {
    return (
      <ul className={styles.tree}>
        {items.map((s, index) => {
          const children = sections.filter((c) => c.parentId === s.id);
          return (
            <li key={s.id} className={styles.node}>
              <div className={styles.row}>
                <span className={styles.name}>{s.name}</span>
                <span className={styles.slug}>/{s.slug}</span>
                <span className={styles.actions}>
                  <button type="button" className={`button ${styles.iconButton}`} aria-label={t.moveUp(s.name)} disabled={pending || index === 0} onClick={() => move(s.id, 'up')}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className={`button ${styles.iconButton}`}
                    aria-label={t.moveDown(s.name)}
                    disabled={pending || index === items.length - 1}
                    onClick={() => move(s.id, 'down')}
                  >
                    ↓
                  </button>
                  <button type="button" className="button" aria-expanded={editing === s.id} onClick={() => setEditing(editing === s.id ? null : s.id)}>
                    {t.edit}
                  </button>
                </span>
              </div>
              {editing === s.id ? <SectionForm key={`${s.id}-${s.slug}-${s.parentId}`} section={s} parents={topLevel} onDone={() => setEditing(null)} /> : null}
              {children.length ? renderList(children) : null}
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <>
      {error ? <Notice kind="error" text={error} /> : null}
      {sections.length ? renderList(topLevel) : <p className="panel">{t.none}</p>}
    </>
  );
}
