import type { Metadata } from 'next';
import './admin.css';

// Every dashboard page depends on who is signed in: render per request, never at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Tòa soạn', template: '%s · Tòa soạn' },
  robots: { index: false, follow: false },
};

export default function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return <div className="admin">{children}</div>;
}
