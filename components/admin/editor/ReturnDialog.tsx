'use client';

import { useRef, useState } from 'react';
import { messages } from '@/lib/i18n/messages';
import { FieldError, invalidProps } from '../forms/FormFeedback';
import type { ArticleDraft } from './useArticleDraft';

/** "Trả lại": a dialog asking the editor for the reason the writer will read. */
export function ReturnButton({ draft, disabled }: { draft: ArticleDraft; disabled: boolean }) {
  const t = messages.articles;
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const errors = draft.fieldErrors.reason;

  async function confirm() {
    if (await draft.actions.returnToWriter(reason)) {
      dialog.current?.close();
      setReason('');
    }
  }

  return (
    <>
      <button type="button" className="button" disabled={disabled} onClick={() => dialog.current?.showModal()}>
        {t.actions.returnToWriter}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="return-dialog-title">
        <h2 id="return-dialog-title">{t.returnDialog.title}</h2>
        <label htmlFor="return-reason">{t.returnDialog.reason}</label>
        <textarea id="return-reason" rows={4} required maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby="return-reason-hint" {...invalidProps(errors, 'return-reason-error')} />
        <p id="return-reason-hint" className="field-hint">
          {t.returnDialog.hint}
        </p>
        <FieldError id="return-reason-error" errors={errors} />
        <div className="button-row">
          <button type="button" className="button button--primary" disabled={draft.pending} onClick={() => void confirm()}>
            {t.returnDialog.confirm}
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t.returnDialog.cancel}
          </button>
        </div>
      </dialog>
    </>
  );
}
