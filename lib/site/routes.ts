/**
 * Public URLs, built in one place. Articles live at /{section}/{slug}.
 * The home page is served by the [section] route under HOME_SEGMENT, so that it is
 * rendered on first request and cached like every other reader page instead of being
 * prerendered (and querying the database) at build time; next.config.js maps / to it.
 */
export const HOME_SEGMENT = 'trang-chu';
export const PAGE_SEGMENT = 'trang';
/**
 * /trang-chu/dia-chi-cu/{p|cat|tag|page_id}/{value}: where next.config.js sends a WordPress query
 * address (/?p=12) so that lib/site/old-addresses.ts can redirect it; keep the two in step.
 */
export const OLD_QUERY_SEGMENT = 'dia-chi-cu';

/** First path segments that belong to the site itself and can never name a section. */
export const RESERVED_SECTION_SLUGS = new Set([
  HOME_SEGMENT,
  'admin',
  'api',
  'media',
  'tag',
  'tac-gia',
  'tim-kiem',
  'dinh-chinh',
  // The newsroom's own pages and the tip form (a section named so would be unreachable).
  'trang',
  'gui-tin-cho-toa-soan',
  // Signed preview links (lib/articles/preview-links.ts).
  'xem-truoc',
  'rss.xml',
  'sitemap.xml',
  'sitemaps',
  'news-sitemap.xml',
  'robots.txt',
  '_next',
]);

export function siteUrl(): string {
  return (process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path}`;
}

export const articlePath = (a: { sectionSlug: string; slug: string }) => `/${a.sectionSlug}/${a.slug}`;
export const sectionPath = (slug: string) => `/${slug}`;
export const tagPath = (slug: string) => `/tag/${slug}`;
export const authorPath = (slug: string) => `/tac-gia/${slug}`;
/** A newsroom page (Giới thiệu, Liên hệ…): /trang/{slug}, or /{slug} when editors put it at the top level. */
export const sitePagePath = (page: { slug: string; topLevel: boolean }) => (page.topLevel ? `/${page.slug}` : `/${PAGE_SEGMENT}/${page.slug}`);
/** The readers' tip form `Gửi tin cho tòa soạn`. */
export const TIP_FORM_PATH = '/gui-tin-cho-toa-soan';
export const mediaPath = (key: string) => `/media/${key}`;
/** The search page for a query, its filters (section slug, days as YYYY-MM-DD) and a page cursor; empty values are left out. */
export function searchPath(q: string, options: { section?: string; from?: string; to?: string; cursor?: string } = {}) {
  const params = new URLSearchParams({ q });
  const named: [string, string | undefined][] = [
    ['chuyen-muc', options.section],
    ['tu-ngay', options.from],
    ['den-ngay', options.to],
    ['sau', options.cursor],
  ];
  for (const [name, value] of named) if (value) params.set(name, value);
  return `/tim-kiem?${params.toString()}`;
}
/** A later page of a list at `basePath`, starting after `cursor`. */
export const pagedPath = (basePath: string, cursor: string) => `${basePath === '/' ? '' : basePath}/${PAGE_SEGMENT}/${cursor}`;
