/** A page's query string as Next.js gives it: a name may come once, several times, or not at all. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter, or undefined. */
export function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A query parameter by its one spelling: words joined by hyphens, as in our paths
 * (`trang-thai`, `chuyen-muc`, `tac-gia`). The story list once wrote underscores
 * (`trang_thai`); bookmarked links in that spelling still read.
 */
export function param(params: SearchParams, name: string): string | undefined {
  return one(params[name]) ?? one(params[name.replaceAll('-', '_')]);
}
