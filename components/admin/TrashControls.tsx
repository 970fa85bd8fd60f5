'use client';

import { useRouter } from 'next/navigation';
import { emptyTrashAction, restoreArticleAction, trashArticleAction } from '@/lib/actions/articles';
import { messages } from '@/lib/i18n/messages';
import { FormFeedback } from './forms/FormFeedback';
import { useActionForm } from './forms/useActionForm';

const t = messages.articles.trash;
const noFields = () => ({});

/** Admin only: delete every story in the trash for good. */
export function TrashControls() {
  const form = useActionForm(emptyTrashAction, noFields);
  return (
    <p className="button-row">
      <button type="button" className="button button--danger" disabled={form.pending} onClick={() => window.confirm(t.confirmEmpty) && form.run(() => emptyTrashAction({}))}>
        {t.empty}
      </button>
      <FormFeedback result={form.result} inline />
    </p>
  );
}

export function RestoreFromTrashButton({ id }: { id: number }) {
  const form = useActionForm(restoreArticleAction, () => ({ id }));
  return (
    <>
      <button type="button" className="button" disabled={form.pending} onClick={() => form.run(() => restoreArticleAction({ id }))}>
        {t.restore}
      </button>
      <FormFeedback result={form.result} inline />
    </>
  );
}

/** In the story editor: move the story to the trash, then go to the trash list. */
export function MoveToTrashButton({ id }: { id: number }) {
  const router = useRouter();
  const form = useActionForm(trashArticleAction, () => ({ id }), { refresh: false });
  return (
    <>
      <button
        type="button"
        className="button button--danger"
        disabled={form.pending}
        onClick={() => window.confirm(t.confirmMove) && form.run(() => trashArticleAction({ id }), (r) => r.ok && router.push('/admin/articles/trash'))}
      >
        {t.move}
      </button>
      <FormFeedback result={form.result} inline />
    </>
  );
}
