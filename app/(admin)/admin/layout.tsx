import type { Metadata } from 'next';
import { messages } from '@/lib/i18n/messages';
import './admin.css';

// Every dashboard page depends on who is signed in: render per request, never at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: messages.admin.title, template: messages.admin.titleTemplate },
  robots: { index: false, follow: false },
};

export default function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return <div className="admin">{children}</div>;
}
