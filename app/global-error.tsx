'use client';

import Link from 'next/link';
// Only the error pages' words: this client component is in every page's scripts (see lib/i18n/vi/errors.ts).
import { errorMessages, notFoundMessages } from '@/lib/i18n/vi/errors';
import './globals.css';

/** When even the root layout fails: its own <html>, still in Vietnamese. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = errorMessages;
  return (
    <html lang="vi">
      <body>
        <main id="main" className="page">
          <h1 className="page-heading">{t.title}</h1>
          <p>{t.body}</p>
          <p>
            <button type="button" className="button" onClick={() => reset()}>
              {t.retry}
            </button>{' '}
            <Link href="/">{notFoundMessages.home}</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
