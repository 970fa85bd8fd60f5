'use client';

import Link from 'next/link';
// Only the error pages' words: this client component is in every page's scripts (see lib/i18n/vi/errors.ts).
import { errorMessages, notFoundMessages } from '@/lib/i18n/vi/errors';

/** Any page that fails while rendering: a Vietnamese apology, a retry, a way home. The cause goes to the server log. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = errorMessages;
  return (
    <main id="main" className="page">
      <section className="not-found" role="alert">
        <h1 className="page-heading">{t.title}</h1>
        <p>{t.body}</p>
        <p className="not-found__links">
          <button type="button" className="button" onClick={() => reset()}>
            {t.retry}
          </button>{' '}
          <Link href="/" className="pager__link">{notFoundMessages.home}</Link>
        </p>
      </section>
    </main>
  );
}
