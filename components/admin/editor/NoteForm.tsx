'use client';

import { addArticleNoteAction } from '@/lib/actions/articles';
import { messages } from '@/lib/i18n/messages';
import { FieldError, FormFeedback } from '../forms/FormFeedback';
import { text, useActionForm } from '../forms/useActionForm';

/** Adds a note between staff; the list above re-renders with it. */
export function NoteForm({ articleId }: { articleId: number }) {
  const t = messages.articles.notes;
  const form = useActionForm(addArticleNoteAction, (data) => ({ articleId, body: text(data, 'body') }), { onSuccess: (_r, element) => element.reset() });
  return (
    <form onSubmit={form.onSubmit} className="admin-form" noValidate>
      <FormFeedback result={form.result} />
      <label htmlFor={form.field('body').id}>{t.field}</label>
      <textarea rows={3} maxLength={2000} required {...form.field('body')} />
      <FieldError id={form.errorId('body')} errors={form.errors('body')} />
      <div className="button-row">
        <button type="submit" className="button" disabled={form.pending}>
          {t.add}
        </button>
      </div>
    </form>
  );
}
