import 'server-only';
import { XMLBuilder } from 'fast-xml-parser';
import type { SitemapEntry } from '@/db/queries/public-articles';
import type { SectionRef } from '@/db/queries/taxonomy';
import { toIsoVietnam } from '../format/dates';
import { absoluteUrl, articlePath, sectionPath } from '../site/routes';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: false, suppressEmptyNode: true });

function xml(root: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build(root)}`;
}

/** The sitemap of the home page, every section and the newest stories. */
export function buildSitemap(sections: SectionRef[], stories: SitemapEntry[]): string {
  const url = [
    { loc: absoluteUrl('/'), changefreq: 'always', priority: '1.0' },
    ...sections.map((s) => ({ loc: absoluteUrl(sectionPath(s.slug)), changefreq: 'hourly', priority: '0.8' })),
    ...stories.map((s) => ({ loc: absoluteUrl(articlePath(s)), lastmod: toIsoVietnam(s.updatedAt > s.publishedAt ? s.updatedAt : s.publishedAt) })),
  ];
  return xml({ urlset: { '@xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', url } });
}

/** A Google News sitemap: stories of the last two days, with the publication's name and language. */
export function buildNewsSitemap(paperName: string, stories: SitemapEntry[]): string {
  const url = stories.map((s) => ({
    loc: absoluteUrl(articlePath(s)),
    'news:news': {
      'news:publication': { 'news:name': paperName, 'news:language': 'vi' },
      'news:publication_date': toIsoVietnam(s.publishedAt),
      'news:title': s.title,
    },
  }));
  return xml({
    urlset: {
      '@xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      '@xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
      url,
    },
  });
}
