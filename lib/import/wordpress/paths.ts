/*
 * Old addresses of a WordPress site, reduced to one form so that the address a reader follows
 * and the one recorded at import meet: the path decoded, lower case, without a trailing slash;
 * of the query, only what WordPress routes by (?p=, ?page_id=, ?cat=, ?tag=).
 */

const ROUTING_PARAMS = ['p', 'page_id', 'cat', 'tag'] as const;

/** The normal form of an old address (a full URL or a path), or null if it names nothing we could answer. */
export function normalizeOldPath(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw, 'http://old.invalid');
  } catch {
    return null;
  }
  for (const name of ROUTING_PARAMS) {
    const value = url.searchParams.get(name);
    if (value && /^[A-Za-z0-9_%-]{1,200}$/.test(value) && (url.pathname === '/' || url.pathname === '/index.php')) return `/?${name}=${value.toLowerCase()}`;
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  path = path.normalize('NFC').toLowerCase().replace(/\/+$/, '');
  if (!path || path === '/' || path.length > 500 || /[\u0000-\u001f\\]/.test(path)) return null;
  return path;
}

/** The old address of a reader request: its path and the query WordPress routed by. */
export function oldPathOfRequest(pathname: string, query: Record<string, string | string[] | undefined> = {}): string | null {
  const params = new URLSearchParams();
  for (const name of ROUTING_PARAMS) {
    const value = query[name];
    if (typeof value === 'string') params.set(name, value);
  }
  const search = params.toString();
  return normalizeOldPath(`${pathname}${search ? `?${search}` : ''}`);
}
