'use client';

import Link from 'next/link';
import { messages } from '@/lib/i18n/messages';
import './globals.css';

/** When even the root layout fails: its own <html>, still in Vietnamese. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = messages.error;
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
            <Link href="/">{messages.notFound.home}</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
