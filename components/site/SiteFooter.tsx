import { HotLink } from './HotLink';
import type { MenuLink } from '@/db/queries/pages';
import type { SectionRef } from '@/db/queries/taxonomy';
import { messages } from '@/lib/i18n/messages';
import type { SiteSettings } from '@/lib/site/settings';
import { sectionPath, sitePagePath, TIP_FORM_PATH } from '@/lib/site/routes';

/** The publisher's legal furniture (Press Law 2016, art. 46), the section list and the newsroom's pages in the editors' order. */
export function SiteFooter({ settings, sections, menu }: { settings: SiteSettings; sections: SectionRef[]; menu: MenuLink[] }) {
  const t = messages.footer;
  return (
    <footer className="site-footer">
      <nav aria-label={messages.site.footerSectionsNav} className="site-footer__sections">
        <ul>
          {sections
            .filter((s) => s.parentId === null)
            .map((section) => (
              <li key={section.id}>
                <HotLink href={sectionPath(section.slug)}>{section.name}</HotLink>
              </li>
            ))}
          <li>
            <HotLink href="/dinh-chinh">{messages.site.correctionsPage}</HotLink>
          </li>
          <li>
            <a href="/rss.xml">{messages.site.rss}</a>
          </li>
        </ul>
      </nav>
      <nav aria-label={t.pagesNav} className="site-footer__pages">
        <ul>
          {menu.map((page) => (
            <li key={page.slug}>
              <HotLink href={sitePagePath(page)}>{page.title}</HotLink>
            </li>
          ))}
          <li>
            <HotLink href={TIP_FORM_PATH}>{messages.tips.footerLink}</HotLink>
          </li>
        </ul>
      </nav>
      <div className="site-footer__legal">
        <p className="site-footer__name">{settings.paperName}</p>
        <p>{settings.governingAgency}</p>
        <p>{settings.editorInChief}</p>
        <p>
          {t.licence}: {settings.licence}
        </p>
        <address>
          <p>
            {t.address}: {settings.address}
          </p>
          <p>
            {t.phone}: <a href={`tel:${settings.phone.replace(/\s+/g, '')}`}>{settings.phone}</a> · {t.email}:{' '}
            <a href={`mailto:${settings.email}`}>{settings.email}</a>
          </p>
        </address>
        <p className="site-footer__copyright">{t.copyright(settings.paperName)}</p>
      </div>
    </footer>
  );
}
