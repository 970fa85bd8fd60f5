'use client';

import Link from 'next/link';
import type { EditorData } from '@/lib/articles/editor-data';
import { formatDateTimeLine } from '@/lib/format/dates';
import { messages } from '@/lib/i18n/messages';
import { MoveToTrashButton } from '../TrashControls';
import { ReturnButton } from './ReturnDialog';
import type { ArticleDraft } from './useArticleDraft';
import styles from './editor.module.css';

/** The story's status and what this person may do with it now. */
export function PublishBar({ draft, data, locked }: { draft: ArticleDraft; data: EditorData; locked: boolean }) {
  const t = messages.articles;
  const { id, status, shown, isLive, actions } = draft;
  const busy = draft.pending || locked;
  return (
    <div className={styles.actions}>
      <span className={`badge badge--${shown}`}>{t.status[shown]}</span>
      {draft.editable ? (
        <button type="button" className="button" disabled={busy} onClick={() => void actions.save()}>
          {isLive ? t.actions.update : t.actions.saveDraft}
        </button>
      ) : null}
      {data.can.submit && !data.can.publish && (status === 'draft' || status === 'unpublished' || status === 'returned') ? (
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void actions.submit()}>
          {t.actions.submit}
        </button>
      ) : null}
      {data.can.publish && !isLive ? (
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void actions.publish()}>
          {draft.publishAt ? t.actions.schedule : t.actions.publish}
        </button>
      ) : null}
      {id && data.can.return && status === 'review' ? <ReturnButton draft={draft} disabled={busy} /> : null}
      {id && data.can.correct && isLive ? (
        <button type="button" className="button" disabled={busy || !draft.correction.trim()} onClick={() => void actions.correct()}>
          {t.actions.correct}
        </button>
      ) : null}
      {id && data.can.unpublish && status === 'published' ? (
        <button type="button" className="button button--danger" disabled={busy} onClick={actions.unpublish}>
          {t.actions.unpublish}
        </button>
      ) : null}
      {id ? (
        <>
          <Link className="button" href={`/admin/articles/${id}/preview`} target="_blank">
            {t.actions.preview}
          </Link>
          <Link className="button" href={`/admin/articles/${id}/history`}>
            {t.actions.history}
          </Link>
        </>
      ) : null}
      {isLive && data.article.publicPath ? (
        // No prefetch: rendering the reader page while a save is in flight could cache the old text.
        <Link className="button" href={data.article.publicPath} target="_blank" prefetch={false}>
          {t.actions.view}
        </Link>
      ) : null}
      {id && data.can.trash ? <MoveToTrashButton id={id} /> : null}
      <span className={styles.status} aria-live="polite">
        {draft.pending ? t.actions.saving : draft.autosavedAt ? t.autosavedAt(formatDateTimeLine(draft.autosavedAt).slice(-5)) : ''}
      </span>
    </div>
  );
}
