import { BreakingBanner } from '@/components/site/BreakingBanner';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { getSections } from '@/lib/articles/public';
import { getLiveBreaking } from '@/lib/home/breaking';
import { messages } from '@/lib/i18n/messages';
import { getSiteSettings } from '@/lib/site/settings';
import { siteTitle } from '@/lib/site/metadata';

/*
 * The breaking-news banner must disappear at its expiry without anyone editing it, but reader
 * pages are cached until a tag expires. So: the banner row is cached under the 'breaking' tag
 * (setting or removing it expires that tag at once), the expiry is compared with the clock
 * when the page renders, and every reader page is re-rendered at most once a minute. Next.js
 * serves the stale copy to the request that triggers the re-render, so on a busy page a banner
 * stays up to about a minute past its expiry, and on a page nobody opened meanwhile the first
 * visit after the expiry still shows it once — acceptable for a banner. The cost is one re-render per page per minute under
 * traffic; everything else on the page comes from data caches, so it is cheap.
 */
export const revalidate = 60;

export async function generateMetadata() {
  return siteTitle(await getSiteSettings());
}

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [settings, sections, breaking] = await Promise.all([getSiteSettings(), getSections(), getLiveBreaking()]);
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
      <SiteFooter settings={settings} sections={sections} />
    </>
  );
}
