'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Editor } from '@tiptap/react';
import { parseEmbedUrl } from '@/lib/articles/embeds';
import { messages } from '@/lib/i18n/messages';
import { ToolbarButton } from './ToolbarButton';

const t = messages.embeds;

/**
 * "Nhúng video": asks for the address in a dialog and inserts the embed where the cursor is.
 * An address this site does not play is refused in the dialog and nothing changes. The dialog
 * lives in <body>, outside the story form and the toolbar.
 */
export function EmbedButton({ editor }: { editor: Editor }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <ToolbarButton label={t.insert} onClick={() => setOpen(true)} />
      {open
        ? createPortal(
            <EmbedDialog
              onEmbed={(address) => editor.commands.insertEmbed(address)}
              onClose={() => {
                setOpen(false);
                editor.commands.focus();
              }}
            />,
            document.body,
          )
        : null}
    </>
  );
}

/** The address, checked here as on the server; every way out (Nhúng, Hủy, Escape) closes the <dialog>, whose close event calls onClose. */
function EmbedDialog({ onEmbed, onClose }: { onEmbed: (address: string) => boolean; onClose: () => void }) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [address, setAddress] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    // Unmounted while open (the editor went away): close it; its close event then reaches nobody.
    return () => element?.close();
  }, []);

  function confirm() {
    const value = address.trim();
    if (!value) return setError(t.required);
    if (!parseEmbedUrl(value) || !onEmbed(value)) return setError(t.refused);
    dialog.current?.close();
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{t.dialogTitle}</h2>
      <label htmlFor={`${id}-address`}>{t.address}</label>
      <input
        id={`${id}-address`}
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://www.youtube.com/watch?v=…"
        value={address}
        onChange={(e) => {
          setAddress(e.target.value);
          setError('');
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            confirm();
          }
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t.addressHint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={confirm}>
          {t.confirm}
        </button>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t.cancel}
        </button>
      </div>
    </dialog>
  );
}
