import 'server-only';
import { unstable_cache } from 'next/cache';
import { listSitemapMonths, listSitemapMonthStories, listSitemapTaxonomy } from '@/db/queries/sitemaps';
import { listSections } from '@/db/queries/taxonomy';
import { keptRecently } from '../cache/recent';
import { cacheTags } from '../cache/tags';
import { toIsoVietnam, vietnamMonthRange } from '../format/dates';
import { listPublishedPageSlugs } from '@/db/queries/pages';
import { absoluteUrl, articlePath, authorPath, sectionPath, sitePagePath, tagPath, TIP_FORM_PATH } from '../site/routes';
import { buildSitemapIndex, buildUrlset, type SitemapUrl } from './sitemaps';

/*
 * The archive's sitemaps: /sitemap.xml is an index of one child per month with stories
 * (/sitemaps/2022-01.xml) plus one for the site's own pages (/sitemaps/trang.xml). Each child is
 * built once with keyset reads and cached until a story of its month changes
 * (lib/cache/invalidate.ts), so crawlers cost almost nothing however large the archive grows.
 */

export const PAGES_FILE = 'trang';
/** A sitemap file holds at most 50,000 URLs; a month past that is cut (and logged). */
const MAX_URLS = 50_000;
const BATCH = 5_000;

export const sitemapFilePath = (name: string) => `/sitemaps/${name}.xml`;

export const getSitemapIndexXml = unstable_cache(
  async () => {
    const months = await listSitemapMonths();
    const newest = months[0]?.lastModified;
    return buildSitemapIndex([
      { loc: absoluteUrl(sitemapFilePath(PAGES_FILE)), lastmod: newest ? toIsoVietnam(newest) : undefined },
      ...months.map((m) => ({ loc: absoluteUrl(sitemapFilePath(m.month)), lastmod: toIsoVietnam(m.lastModified) })),
    ]);
  },
  ['sitemap-index'],
  { tags: [cacheTags.articleLists] },
);

const getPagesXml = unstable_cache(
  async () => {
    const [sections, taxonomy, pages] = await Promise.all([listSections(), listSitemapTaxonomy(), listPublishedPageSlugs()]);
    const urls: SitemapUrl[] = [
      { loc: absoluteUrl('/'), changefreq: 'always', priority: '1.0' },
      ...sections.map((s) => ({ loc: absoluteUrl(sectionPath(s.slug)), changefreq: 'hourly', priority: '0.8' })),
      ...taxonomy.tags.map((slug) => ({ loc: absoluteUrl(tagPath(slug)), changefreq: 'daily' })),
      ...taxonomy.authors.map((slug) => ({ loc: absoluteUrl(authorPath(slug)), changefreq: 'daily' })),
      ...pages.map((p) => ({ loc: absoluteUrl(sitePagePath(p)), lastmod: toIsoVietnam(p.updatedAt), changefreq: 'monthly' })),
      { loc: absoluteUrl(TIP_FORM_PATH), changefreq: 'yearly' },
    ];
    return buildUrlset(urls.slice(0, MAX_URLS));
  },
  ['sitemap-pages'],
  { tags: [cacheTags.sections, cacheTags.articleLists, cacheTags.sitePages] },
);

async function buildMonth(month: string, range: { start: Date; end: Date }): Promise<string | null> {
  const urls: SitemapUrl[] = [];
  let after: { publishedAt: string; id: number } | undefined;
  while (urls.length < MAX_URLS) {
    const rows = await listSitemapMonthStories({ ...range, after, limit: Math.min(BATCH, MAX_URLS - urls.length) });
    for (const r of rows) urls.push({ loc: absoluteUrl(articlePath(r)), lastmod: toIsoVietnam(r.updatedAt > r.publishedAt ? r.updatedAt : r.publishedAt) });
    const last = rows.at(-1);
    if (!last || rows.length < BATCH) break;
    after = { publishedAt: last.publishedAt, id: last.id };
  }
  if (urls.length === 0) return null; // a month with no public story has no file
  if (urls.length >= MAX_URLS) console.warn(`sitemap ${month}: more than ${MAX_URLS} stories, the rest are not listed`);
  return buildUrlset(urls);
}

/**
 * A child sitemap by file name (`trang` or `YYYY-MM`); null when there is no such file. One build
 * per file at a time in this process (fifty crawlers asking for a cold month share one), and the
 * file kept for a second (lib/cache/recent.ts).
 */
export function getSitemapFileXml(name: string): Promise<string | null> {
  return keptRecently(`sitemap-file:${name}`, () => loadFile(name));
}

async function loadFile(name: string): Promise<string | null> {
  if (name === PAGES_FILE) return getPagesXml();
  const range = vietnamMonthRange(name);
  if (!range) return null;
  // Section slugs are part of story URLs: a renamed section expires every month.
  const cached = unstable_cache(() => buildMonth(name, range), ['sitemap-month', name], {
    tags: [cacheTags.sitemapMonth(name), cacheTags.sections],
  });
  return cached();
}
