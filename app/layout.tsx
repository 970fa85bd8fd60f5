import type { Metadata, Viewport } from 'next';
import { siteUrl } from '@/lib/site/routes';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#a3111a' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  );
}
