'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { setStoryCommentsClosedAction } from '@/lib/actions/comments';
import { messages } from '@/lib/i18n/messages';
import { Notice } from '../forms/FormFeedback';

const t = messages.comments.moderation;

/** An editor closes or reopens comments on the filtered story. */
export function StoryCommentsToggle({ articleId, title, closed }: { articleId: number; title: string; closed: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="panel button-row">
      <strong>{title}</strong>
      <span>{closed ? t.storyClosed : t.storyOpen}</span>
      <button
        type="button"
        className={`button${closed ? '' : ' button--danger'}`}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await setStoryCommentsClosedAction({ articleId, closed: !closed });
            setError(res.ok ? null : res.error);
            router.refresh();
          })
        }
      >
        {closed ? t.openStory : t.closeStory}
      </button>
      {error ? <Notice kind="error" text={error} /> : null}
    </div>
  );
}
