import type { Metadata } from 'next';
import { connection } from 'next/server';
import SiteLayout from './(site)/layout';
import { NotFoundMessage } from '@/components/site/NotFoundMessage';
import { messages } from '@/lib/i18n/messages';

export const metadata: Metadata = { title: messages.notFound.title, robots: { index: false } };

/** Paths that match no route at all get the same Vietnamese page, in the site's frame. */
export default async function NotFound() {
  // The frame reads sections and settings: render per request, never at build time.
  await connection();
  return (
    <SiteLayout>
      <NotFoundMessage />
    </SiteLayout>
  );
}
