'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { emptyTrashAction, restoreArticleAction, trashArticleAction } from '@/lib/actions/articles';
import { messages } from '@/lib/i18n/messages';

const t = messages.articles.trash;

function useAction() {
  const router = useRouter();
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  async function run(action: () => Promise<{ ok: boolean; error?: string; message?: string }>, then?: () => void) {
    setPending(true);
    const result = await action();
    setPending(false);
    setNotice({ ok: result.ok, text: result.ok ? (result.message ?? '') : (result.error ?? '') });
    if (result.ok) (then ?? router.refresh)();
  }
  const view = notice ? (
    <span role={notice.ok ? 'status' : 'alert'} className={notice.ok ? 'form-ok' : 'form-error'}>
      {notice.text}
    </span>
  ) : null;
  return { run, pending, view, router };
}

/** Admin only: delete every story in the trash for good. */
export function TrashControls() {
  const { run, pending, view } = useAction();
  return (
    <p className="button-row">
      <button type="button" className="button button--danger" disabled={pending} onClick={() => window.confirm(t.confirmEmpty) && void run(() => emptyTrashAction({}))}>
        {t.empty}
      </button>
      {view}
    </p>
  );
}

export function RestoreFromTrashButton({ id }: { id: number }) {
  const { run, pending, view } = useAction();
  return (
    <>
      <button type="button" className="button" disabled={pending} onClick={() => void run(() => restoreArticleAction({ id }))}>
        {t.restore}
      </button>
      {view}
    </>
  );
}

/** In the story editor: move the story to the trash, then go to the trash list. */
export function MoveToTrashButton({ id }: { id: number }) {
  const { run, pending, view, router } = useAction();
  return (
    <>
      <button
        type="button"
        className="button button--danger"
        disabled={pending}
        onClick={() => window.confirm(t.confirmMove) && void run(() => trashArticleAction({ id }), () => router.push('/admin/articles/trash'))}
      >
        {t.move}
      </button>
      {view}
    </>
  );
}
