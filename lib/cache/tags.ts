/** Names of the cache tags that reader pages and their data are filed under. */
export const cacheTags = {
  /** Every list of stories: home, sections, tags, authors, latest, related, feeds, sitemaps. */
  articleLists: 'articles',
  /** One story's own page data, by slug (a story's page can be a cached 404 before publication). */
  article: (slug: string) => `article:${slug}`,
  /** One story's approved comments. */
  articleComments: (articleId: number) => `article-comments:${articleId}`,
  sections: 'sections',
  /** The archive sitemap of one Vietnam calendar month (`YYYY-MM`). */
  sitemapMonth: (month: string) => `sitemap:${month}`,
  /** The home edition's curation: the pinned top slots. */
  home: 'home',
  /** The breaking-news banner shown on every reader page. */
  breaking: 'breaking',
  settings: 'settings',
  /** The newsroom's own pages (/trang/{slug}) and the footer menu that links them from every page. */
  sitePages: 'site-pages',
  /** How feeds read (full text or sapo only). */
  feedSettings: 'feed-settings',
} as const;
