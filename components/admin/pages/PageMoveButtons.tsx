'use client';

import { movePageAction } from '@/lib/actions/pages';
import { messages } from '@/lib/i18n/messages';
import { FormFeedback } from '../forms/FormFeedback';
import { useActionForm } from '../forms/useActionForm';

/** Up and down in the footer menu for one page. */
export function PageMoveButtons({ id, title, first, last }: { id: number; title: string; first: boolean; last: boolean }) {
  const t = messages.pages;
  const form = useActionForm(movePageAction, () => ({ id, direction: 'up' as const }));
  return (
    <span className="button-row">
      <button type="button" className="button" aria-label={t.moveUp(title)} disabled={first || form.pending} onClick={() => form.run(() => movePageAction({ id, direction: 'up' }))}>
        {t.up}
      </button>
      <button type="button" className="button" aria-label={t.moveDown(title)} disabled={last || form.pending} onClick={() => form.run(() => movePageAction({ id, direction: 'down' }))}>
        {t.down}
      </button>
      {form.result && !form.result.ok ? <FormFeedback result={form.result} /> : null}
    </span>
  );
}
