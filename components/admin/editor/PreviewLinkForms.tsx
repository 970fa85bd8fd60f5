'use client';

import { createPreviewLinkAction, revokePreviewLinkAction } from '@/lib/actions/articles';
import { messages } from '@/lib/i18n/messages';
import { FormFeedback } from '../forms/FormFeedback';
import { useActionForm } from '../forms/useActionForm';

const t = messages.articles.previewLinks;

/** Makes a link and shows it once, selected for copying (only its hash is kept). */
export function CreatePreviewLinkForm({ articleId }: { articleId: number }) {
  const form = useActionForm(createPreviewLinkAction, () => ({ id: articleId }));
  const url = form.result?.ok ? form.result.data.url : null;
  return (
    <form onSubmit={form.onSubmit} className="admin-form" noValidate>
      <FormFeedback result={form.result} />
      {url ? <input type="text" readOnly value={url} aria-label={t.linkLabel} onFocus={(e) => e.currentTarget.select()} style={{ width: '100%', fontFamily: 'monospace' }} /> : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={form.pending}>
          {t.create}
        </button>
      </div>
    </form>
  );
}

export function RevokePreviewLinkButton({ id, articleId }: { id: number; articleId: number }) {
  const form = useActionForm(revokePreviewLinkAction, () => ({ id, articleId }));
  return (
    <form onSubmit={form.onSubmit} className="button-row">
      <FormFeedback result={form.result} inline />
      <button type="submit" className="button button--danger" disabled={form.pending}>
        {t.revoke}
      </button>
    </form>
  );
}
