import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FirstAdminForm } from '@/components/admin/FirstAdminForm';
import { isSetupToken } from '@/lib/auth/first-admin-link';
import { messages } from '@/lib/i18n/messages';
import '../../(admin)/admin/admin.css';

const t = messages.setup;

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: t.title, robots: { index: false, follow: false } };

/** The one-time first-admin page (lib/auth/first-admin.ts); a 404 for any other token. */
export default async function FirstAdminPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await isSetupToken(token))) notFound();
  return (
    <div className="admin">
      <main id="main" className="signin-page">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <FirstAdminForm token={token} />
      </main>
    </div>
  );
}
