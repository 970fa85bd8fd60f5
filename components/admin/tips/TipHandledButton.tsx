'use client';

import { setTipHandledAction } from '@/lib/actions/tips';
import { messages } from '@/lib/i18n/messages';
import { FormFeedback } from '../forms/FormFeedback';
import { useActionForm } from '../forms/useActionForm';

/** Marks a tip handled, or sends it back to the inbox. */
export function TipHandledButton({ id, handled }: { id: number; handled: boolean }) {
  const t = messages.tips.inbox;
  const form = useActionForm(setTipHandledAction, () => ({ id, handled: !handled }));
  return (
    <form onSubmit={form.onSubmit} className="button-row">
      <button type="submit" className={handled ? 'button' : 'button button--primary'} disabled={form.pending}>
        {handled ? t.reopen : t.markHandled}
      </button>
      <FormFeedback result={form.result} />
    </form>
  );
}
