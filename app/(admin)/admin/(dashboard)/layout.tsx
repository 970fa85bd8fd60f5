import { AdminNav } from '@/components/admin/AdminNav';
import { can } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { countPendingComments } from '@/db/queries/comments-moderation';
import { messages } from '@/lib/i18n/messages';

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  const pendingComments = can(user.role, 'comment.moderate') ? await countPendingComments() : 0;
  return (
    <>
      <a href="#main" className="skip-link">
        {messages.admin.skipToContent}
      </a>
      <AdminNav user={user} pendingComments={pendingComments} />
      <main id="main" className="admin-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
