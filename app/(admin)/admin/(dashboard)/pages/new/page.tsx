import type { Metadata } from 'next';
import { PageEditor } from '@/components/admin/pages/PageEditor';
import { requirePageUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n/messages';

export const metadata: Metadata = { title: messages.pages.newTitle };

export default async function NewPagePage() {
  await requirePageUser('page.manage', '/admin/pages/new');
  return (
    <>
      <h1>{messages.pages.newTitle}</h1>
      <PageEditor />
    </>
  );
}
