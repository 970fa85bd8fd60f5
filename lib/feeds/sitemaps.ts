import 'server-only';
import { XMLBuilder } from 'fast-xml-parser';
import type { SitemapEntry } from '@/db/queries/public-articles';
import { toIsoVietnam } from '../format/dates';
import { absoluteUrl, articlePath } from '../site/routes';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: false, suppressEmptyNode: true });

function xml(root: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build(root)}`;
}

export type SitemapUrl = { loc: string; lastmod?: string; changefreq?: string; priority?: string };

/** A `<urlset>` document. */
export function buildUrlset(url: SitemapUrl[]): string {
  return xml({ urlset: { '@xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', url } });
}

/** A `<sitemapindex>` document listing child sitemaps. */
export function buildSitemapIndex(sitemap: { loc: string; lastmod?: string }[]): string {
  return xml({ sitemapindex: { '@xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', sitemap } });
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
