'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { restoreRevisionAction } from '@/lib/actions/articles';
import { messages } from '@/lib/i18n/messages';

export function RestoreRevisionButton({ articleId, revisionId, baseVersion }: { articleId: number; revisionId: number; baseVersion: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const result = await restoreRevisionAction({ id: articleId, baseVersion, revisionId });
          setPending(false);
          if (result.ok) router.push(`/admin/articles/${articleId}`);
          else setError(result.error);
        }}
      >
        {messages.articles.history.restore}
      </button>
      {error ? (
        <span role="alert" className="field-error">
          {error}
        </span>
      ) : null}
    </>
  );
}
