'use client';

import { useRouter } from 'next/navigation';
import { restoreRevisionAction } from '@/lib/actions/articles';
import { messages } from '@/lib/i18n/messages';
import { FormFeedback } from './forms/FormFeedback';
import { useActionForm } from './forms/useActionForm';

export function RestoreRevisionButton({ articleId, revisionId, baseVersion }: { articleId: number; revisionId: number; baseVersion: number }) {
  const router = useRouter();
  const input = { id: articleId, baseVersion, revisionId };
  const form = useActionForm(restoreRevisionAction, () => input, { refresh: false });
  return (
    <>
      <button type="button" className="button" disabled={form.pending} onClick={() => form.run(() => restoreRevisionAction(input), (r) => r.ok && router.push(`/admin/articles/${articleId}`))}>
        {messages.articles.history.restore}
      </button>
      <FormFeedback result={form.result} inline />
    </>
  );
}
