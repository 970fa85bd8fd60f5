import type { Metadata } from 'next';
import Link from 'next/link';
import { NotFoundMessage } from '@/components/site/NotFoundMessage';
import { messages } from '@/lib/i18n/messages';

export const metadata: Metadata = { title: messages.notFound.title, robots: { index: false } };

/**
 * Paths outside every route (reader paths are caught by (site)/not-found.tsx, in the site's
 * frame). This page is prerendered at build time, so it reads nothing from the database.
 */
export default function NotFound() {
  return (
    <main id="main" className="page">
      <p>
        <Link href="/" className="site-header__name">
          {messages.site.home}
        </Link>
      </p>
      <NotFoundMessage />
    </main>
  );
}
