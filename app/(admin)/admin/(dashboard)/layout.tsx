import { headers } from 'next/headers';
import { AdminNav } from '@/components/admin/AdminNav';
import { PATH_HEADER } from '@/lib/site/request-path';
import { can } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { countPendingComments } from '@/db/queries/comments-moderation';
import { messages } from '@/lib/i18n/messages';
import { unreadNotifications } from '@/lib/notifications/inbox';

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  // On the list itself everything is being read: no count beside the bell.
  const reading = (await headers()).get(PATH_HEADER) === '/admin/notifications';
  const [pendingComments, unread] = await Promise.all([can(user.role, 'comment.moderate') ? countPendingComments() : 0, reading ? 0 : unreadNotifications(user)]);
  return (
    <>
      <a href="#main" className="skip-link">
        {messages.admin.skipToContent}
      </a>
      <AdminNav user={user} pendingComments={pendingComments} unread={unread} />
      <main id="main" className="admin-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
