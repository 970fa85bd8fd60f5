import 'server-only';
import { findOldPathTarget } from '@/db/queries/imports';
import { oldPathOfRequest } from '../import/wordpress/paths';
import { articlePath, sectionPath, tagPath } from './routes';

/*
 * Addresses of the site an import replaced (a WordPress permalink such as /2024/03/16/slug,
 * /category/x, /tag/y, /?p=12): a reader page that finds nothing under an address asks here
 * before answering 404, and sends the reader on with a permanent redirect. The answer is
 * always a path of this site, built from our own slugs: never another host.
 */

// Asked only on the way to a 404, by one indexed lookup; not cached, so that junk addresses
// cannot fill the cache with an entry each.
async function lookup(path: string): Promise<string | null> {
  const target = await findOldPathTarget({ path });
  if (!target) return null;
  if (target.kind === 'article') return articlePath(target);
  return target.kind === 'section' ? sectionPath(target.slug) : tagPath(target.slug);
}

/** What a segment of a WordPress address can hold: letters (Vietnamese too), digits, - _ . % */
const SEGMENT = /^[\p{L}\p{N}\p{M}_.%-]{1,200}$/u;

/** Where an old address now lives, or null. `segments` are the path's decoded segments. */
export async function oldAddressTarget(segments: string[]): Promise<string | null> {
  if (segments.length > 8 || !segments.every((s) => SEGMENT.test(s))) return null;
  const path = oldPathOfRequest(`/${segments.map(encodeURIComponent).join('/')}`);
  return path ? lookup(path) : null;
}

/** WordPress's query addresses (/?p=12, /?cat=3, /?tag=x, /?page_id=5), which next.config.js rewrites to OLD_QUERY_SEGMENT. */
export async function oldQueryTarget(name: string, value: string): Promise<string | null> {
  const path = oldPathOfRequest('/', { [name]: value });
  return path ? lookup(path) : null;
}
