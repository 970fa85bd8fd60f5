'use client';

import { docToPlainText } from '@/lib/articles/rich-text';
import { messages } from '@/lib/i18n/messages';
import styles from './editor.module.css';

type Side = { title: string; sapo: string; body: unknown };

function asText(side: Side): string {
  return `${side.title}\n\n${side.sapo}\n\n${docToPlainText(side.body)}`;
}

/** Both versions side by side after a refused save; the person's own text is never dropped. */
export function ConflictPanel({
  mine,
  theirs,
  theirVersion,
  canTakeOver,
  onUseTheirs,
  onTakeOver,
}: {
  mine: Side;
  theirs: Side;
  theirVersion: number;
  canTakeOver: boolean;
  onUseTheirs: () => void;
  onTakeOver: () => void;
}) {
  const t = messages.articles;
  return (
    <section className={styles.conflict} aria-labelledby="conflict-heading" role="alert">
      <h2 id="conflict-heading">{t.conflict}</h2>
      <div className={styles.conflictCols}>
        <div>
          <h3>{t.conflictMine}</h3>
          <div className={styles.conflictCol} data-testid="conflict-mine">
            {asText(mine)}
          </div>
        </div>
        <div>
          <h3>{t.conflictTheirs(theirVersion)}</h3>
          <div className={styles.conflictCol} data-testid="conflict-theirs">
            {asText(theirs)}
          </div>
        </div>
      </div>
      <p className="field-hint">{t.conflictHint}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onUseTheirs}>
          {t.conflictUseTheirs}
        </button>
        {canTakeOver ? (
          <button type="button" className="button button--primary" onClick={onTakeOver}>
            {t.conflictTakeOver}
          </button>
        ) : null}
      </div>
    </section>
  );
}
