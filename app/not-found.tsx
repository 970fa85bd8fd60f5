import type { Metadata } from 'next';
import SiteLayout from './(site)/layout';
import { NotFoundMessage } from '@/components/site/NotFoundMessage';
import { messages } from '@/lib/i18n/messages';

export const metadata: Metadata = { title: messages.notFound.title, robots: { index: false } };

/** Paths that match no route at all get the same Vietnamese page, in the site's frame. */
export default function NotFound() {
  return (
    <SiteLayout>
      <NotFoundMessage />
    </SiteLayout>
  );
}
