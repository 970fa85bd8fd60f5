'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { messages } from '@/lib/i18n/messages';
import { MEDIA_LIMITS } from '@/lib/media/fields';
import type { MediaItem } from '@/lib/media/types';
import { FieldError, Notice } from '../forms/FormFeedback';
import { ACCEPTED_TYPES, uploadMedia } from './media-client';
import styles from './media.module.css';

type Props = {
  /** Called with the stored photograph (new, or the copy already in the library); by default the page is refreshed. */
  onUploaded?: (media: MediaItem) => void;
  /** Only the file and its alt text (inside the picker); caption and credit otherwise too. */
  compact?: boolean;
  /** Offer a link to the photograph's details page after upload. */
  linkToDetails?: boolean;
};

type State =
  | { kind: 'idle' }
  | { kind: 'sending'; percent: number }
  | { kind: 'error'; error: string; fieldErrors?: Record<string, string[]> }
  | { kind: 'done'; media: MediaItem; duplicate: boolean };

/**
 * Upload one photograph with a plain file input; shows progress and the server's verdict.
 * It posts with XHR for the progress bar, so it keeps its own state rather than useActionForm,
 * but shows feedback and field errors with the form kit.
 */
export function MediaUploadForm({ onUploaded, compact = false, linkToDetails = false }: Props) {
  const t = messages.media;
  const id = useId();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const sending = state.kind === 'sending';
  const fieldError = (name: string) => (state.kind === 'error' ? state.fieldErrors?.[name]?.[0] : undefined);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get('file');
    if (!(file instanceof File) || !file.name) {
      setState({ kind: 'error', error: t.noFile, fieldErrors: { file: [t.noFile] } });
      return;
    }
    setState({ kind: 'sending', percent: 0 });
    const text = (name: string) => String(data.get(name) ?? '');
    const outcome = await uploadMedia(file, { alt: text('alt'), caption: text('caption'), credit: text('credit') }, (percent) =>
      setState({ kind: 'sending', percent }),
    );
    if (!outcome.ok) {
      setState({ kind: 'error', error: outcome.error, fieldErrors: outcome.fieldErrors ?? { file: [outcome.error] } });
      return;
    }
    form.current?.reset();
    setState({ kind: 'done', media: outcome.media, duplicate: outcome.duplicate });
    if (onUploaded) onUploaded(outcome.media);
    else router.refresh();
  }

  const textField = (name: 'alt' | 'caption' | 'credit', hint?: string) => {
    const error = fieldError(name);
    return (
      <div>
        <label htmlFor={`${id}-${name}`}>{t[name]}</label>
        <input id={`${id}-${name}`} name={name} type="text" maxLength={MEDIA_LIMITS[name]} aria-invalid={error ? true : undefined} aria-describedby={hint ? `${id}-${name}-hint` : undefined} />
        {hint ? (
          <p id={`${id}-${name}-hint`} className="field-hint">
            {hint}
          </p>
        ) : null}
        <FieldError id={`${id}-${name}-error`} errors={error ? [error] : undefined} />
      </div>
    );
  };

  const fileError = fieldError('file');
  return (
    <form ref={form} onSubmit={onSubmit} className="admin-form" noValidate aria-busy={sending}>
      <div className={styles.uploadFields}>
        <div className={styles.wide}>
          <label htmlFor={`${id}-file`}>{t.file}</label>
          <input
            id={`${id}-file`}
            name="file"
            type="file"
            accept={ACCEPTED_TYPES}
            className={styles.fileInput}
            aria-describedby={`${id}-file-hint`}
            aria-invalid={fileError ? true : undefined}
            onChange={() => state.kind !== 'sending' && setState({ kind: 'idle' })}
          />
          <p id={`${id}-file-hint`} className="field-hint">
            {t.fileHint}
          </p>
        </div>
        {textField('alt', t.altHint)}
        {compact ? null : textField('caption')}
        {compact ? null : textField('credit', t.creditHint)}
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={sending}>
          {t.upload}
        </button>
      </div>
      {sending ? (
        <div className={styles.progress}>
          <progress max={100} value={state.percent} aria-label={t.uploadProgress} />
          <span aria-live="polite">{state.percent < 100 ? t.uploading(state.percent) : t.processing}</span>
        </div>
      ) : null}
      <div className={styles.status}>
        {state.kind === 'error' ? <Notice kind="error" text={state.error} /> : null}
        {state.kind === 'done' ? (
          <Notice
            kind="ok"
            text={
              <>
                {state.duplicate ? t.duplicate : t.uploaded} {linkToDetails ? <Link href={`/admin/media/${state.media.id}`}>{t.editUploaded}</Link> : null}
              </>
            }
          />
        ) : null}
      </div>
    </form>
  );
}
