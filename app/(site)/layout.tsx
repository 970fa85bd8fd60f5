import { BreakingBanner } from '@/components/site/BreakingBanner';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { getSections } from '@/lib/articles/public';
import { getLiveBreaking } from '@/lib/curation/breaking';
import { messages } from '@/lib/i18n/messages';
import { getFooterMenu } from '@/lib/pages/public';
import { getSiteSettings } from '@/lib/site/settings';
import { siteTitle } from '@/lib/site/metadata';

export async function generateMetadata() {
  return siteTitle(await getSiteSettings());
}

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  // The banner disappears at its expiry without an edit: see getLiveBreaking (lib/curation/breaking.ts).
  const [settings, sections, breaking, menu] = await Promise.all([getSiteSettings(), getSections(), getLiveBreaking(), getFooterMenu()]);
  return (
    <>
      <a href="#main" className="skip-link">
        {messages.site.skipToContent}
      </a>
      {breaking ? <BreakingBanner banner={breaking} /> : null}
      <SiteHeader paperName={settings.paperName} tagline={settings.tagline} sections={sections} />
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter settings={settings} sections={sections} menu={menu} />
    </>
  );
}
