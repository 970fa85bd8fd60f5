import { AdminNav } from '@/components/admin/AdminNav';
import { requirePageUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n/messages';

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  return (
    <>
      <a href="#main" className="skip-link">
        {messages.admin.skipToContent}
      </a>
      <AdminNav user={user} />
      <main id="main" className="admin-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
