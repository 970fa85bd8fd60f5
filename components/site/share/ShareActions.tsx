'use client';
import { useState, useSyncExternalStore } from 'react';

const noChanges = () => () => {};

type Labels = { copy: string; copied: string; copyFailed: string; native: string };

/** The row of share buttons (the links come as children). Copy the story's canonical address; and, where the browser has one, open the phone's share sheet. */
export function ShareActions({ url, title, labels, children }: { url: string; title: string; labels: Labels; children: React.ReactNode }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  // False on the server and during hydration; the browser's answer right after.
  const canShare = useSyncExternalStore(
    noChanges,
    () => typeof navigator.share === 'function',
    () => false,
  );

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  async function share() {
    try {
      await navigator.share({ title, url });
    } catch {
      // The reader closed the sheet: nothing to say.
    }
  }

  return (
    <>
      <div className="share__row">
        {children}
        <button type="button" className="share__link share__link--copy" onClick={copy}>
          {labels.copy}
        </button>
        {/* Rendered from the start, shown once the browser says it can share: no layout shift. */}
        <button type="button" className="share__link share__link--native" onClick={share} hidden={!canShare}>
          {labels.native}
        </button>
      </div>
      <span className="share__status" role="status" aria-live="polite">
        {status === 'copied' ? labels.copied : status === 'failed' ? labels.copyFailed : ''}
      </span>
    </>
  );
}
