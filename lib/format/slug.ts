import { foldVietnamese } from './fold';

const MAX_SLUG_LENGTH = 120;

/** A URL slug from a Vietnamese title: diacritics dropped, đ→d, words joined by "-". */
export function slugify(input: string): string {
  const slug = foldVietnamese(input)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 40 ? cut.slice(0, lastDash) : cut;
}

/** A story's slug before it is made unique: the one typed in "Đường dẫn", else its title's (the editor's preview shows it). */
export function articleSlugBase(fields: { slug: string; title: string }): string {
  return slugify(fields.slug || fields.title) || 'bai-viet';
}

/**
 * Whether a URL segment could be one of our slugs (what slugify makes, plus `-2` suffixes).
 * Anything else (a NUL byte, markup, 10 kB of text) is answered 404 without asking the database.
 */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9-]{1,200}$/.test(value);
}

/** The first of `base`, `base-2`, `base-3`… that `isTaken` does not claim. */
export async function uniqueSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  const root = base || 'bai-viet';
  if (!(await isTaken(root))) return root;
  for (let n = 2; ; n++) {
    const candidate = `${root}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}
