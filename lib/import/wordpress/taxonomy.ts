import 'server-only';
import { getDb } from '@/db/client';
import {
  findImported,
  findSectionIdBySlug,
  findTagIdBySlug,
  findUserIdByEmail,
  insertImportedAuthor,
  insertTag,
  recordImported,
  recordOldPaths,
} from '@/db/queries/imports';
import { insertSection, listSiblings, sectionSlugTaken } from '@/db/queries/sections-admin';
import { slugify, uniqueSlug } from '@/lib/format/slug';
import { RESERVED_SECTION_SLUGS } from '@/lib/site/routes';
import { authorSlugFor } from '@/lib/staff/accounts';
import { emailField, nameField } from '@/lib/staff/schemas';
import { normalizeOldPath } from './paths';
import type { ImportRun } from './run';
import type { WxrAuthor, WxrCategory, WxrTag } from './wxr';

/*
 * Categories become sections (our tree has two levels: a deeper category goes under its
 * top-level ancestor), tags become tags, authors become staff records without a password
 * anyone could use, inactive (an admin turns them on and sets a password), or, without a
 * usable email, a credit name on their stories. A section or tag whose slug already exists
 * here is matched, not duplicated.
 */

export const wpSlug = (raw: string, fallback: string) => {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    decoded = raw;
  }
  return slugify(decoded) || slugify(fallback);
};

export type SectionRef = { id: number; wpPath: string };

/** WordPress's default category: every site has it, no newsroom wants it in its menu. */
const DEFAULT_CATEGORY = 'uncategorized';

export async function importCategory(run: ImportRun, category: WxrCategory): Promise<void> {
  const count = run.count('sections');
  // Its posts go to the first section of the export (see PostImporter.fallbackSection).
  if (category.slug === DEFAULT_CATEGORY && !category.parentSlug) return run.skip('sections', 'defaultCategory');
  const slug = wpSlug(category.slug, category.name);
  const parent = category.parentSlug ? run.sections.get(category.parentSlug) : undefined;
  const wpPath = parent ? `${parent.wpPath}/${category.slug}` : category.slug;
  const known = await findImported({ source: run.source, kind: 'section', sourceId: category.termId || category.slug });
  if (known) {
    run.sections.set(category.slug, { id: known, wpPath });
    count.unchanged++;
    return;
  }
  if (!slug || !category.name) return run.malformed(category.line, 'sections', `category ${category.slug || category.termId}`);
  const existing = await findSectionIdBySlug({ slug });
  let parentId: number | null = null;
  if (parent) {
    parentId = run.parentOf.get(parent.id) ?? parent.id;
    if (run.parentOf.get(parent.id)) run.warn(category.line, 'tooDeep', category.name);
  }
  if (run.dryRun) {
    const id = existing?.id ?? run.fakeId();
    run.sections.set(category.slug, { id, wpPath });
    run.parentOf.set(id, existing ? existing.parentId : parentId);
    if (existing) count.unchanged++;
    else count.imported++;
    return;
  }
  const db = await getDb();
  const id = await db.transaction(async (tx) => {
    let id = existing?.id;
    if (!id) {
      const free = await uniqueSlug(slug, async (s) => RESERVED_SECTION_SLUGS.has(s) || (await sectionSlugTaken({ slug: s }, tx)));
      if (free !== slug) run.warn(category.line, 'slugChanged', slug);
      const siblings = await listSiblings(tx, { parentId });
      const position = siblings.reduce((max, s) => Math.max(max, s.position + 1), 0);
      id = await insertSection(tx, { slug: free, name: category.name.slice(0, 120), description: category.description.slice(0, 500), parentId, position });
    }
    await recordImported(tx, { source: run.source, kind: 'section', sourceId: category.termId || category.slug, targetId: id });
    const paths = [`/category/${wpPath}`, ...(category.termId ? [`/?cat=${category.termId}`] : [])].map((p) => normalizeOldPath(p)!);
    run.count('redirects').imported += await recordOldPaths(tx, { kind: 'path:section', paths, targetId: id });
    return id;
  });
  run.sections.set(category.slug, { id, wpPath });
  run.parentOf.set(id, existing ? existing.parentId : parentId);
  if (existing) count.unchanged++;
  else count.imported++;
}

export async function importTag(run: ImportRun, tag: WxrTag): Promise<void> {
  const count = run.count('tags');
  const slug = wpSlug(tag.slug, tag.name);
  const known = await findImported({ source: run.source, kind: 'tag', sourceId: tag.termId || tag.slug });
  if (known) {
    run.tags.set(tag.slug, { id: known, name: tag.name, slug });
    count.unchanged++;
    return;
  }
  if (!slug || !tag.name) return run.malformed(tag.line, 'tags', `tag ${tag.slug || tag.termId}`);
  const existing = await findTagIdBySlug({ slug });
  if (run.dryRun) {
    run.tags.set(tag.slug, { id: existing ?? run.fakeId(), name: tag.name, slug });
    if (existing) count.unchanged++;
    else count.imported++;
    return;
  }
  const db = await getDb();
  const id = await db.transaction(async (tx) => {
    const id = existing ?? (await insertTag(tx, { slug, name: tag.name.slice(0, 60) }));
    await recordImported(tx, { source: run.source, kind: 'tag', sourceId: tag.termId || tag.slug, targetId: id });
    const paths = [`/tag/${tag.slug}`, `/?tag=${tag.slug}`].map((p) => normalizeOldPath(p)!);
    run.count('redirects').imported += await recordOldPaths(tx, { kind: 'path:tag', paths, targetId: id });
    return id;
  });
  run.tags.set(tag.slug, { id, name: tag.name, slug });
  if (existing) count.unchanged++;
  else count.imported++;
}

export async function importAuthor(run: ImportRun, author: WxrAuthor): Promise<void> {
  const count = run.count('authors');
  const name = author.displayName || `${author.lastName} ${author.firstName}`.trim() || author.login;
  run.authorNames.set(author.login, name);
  const known = await findImported({ source: run.source, kind: 'author', sourceId: author.login });
  if (known) {
    run.authors.set(author.login, known);
    count.unchanged++;
    return;
  }
  const email = emailField.safeParse(author.email);
  const validName = nameField.safeParse(name);
  if (!email.success || !validName.success) {
    // Not staff material: their stories carry the name as a credit line.
    count.skipped.creditOnly = (count.skipped.creditOnly ?? 0) + 1;
    return;
  }
  const existing = await findUserIdByEmail({ email: email.data });
  if (run.dryRun) {
    run.authors.set(author.login, existing ?? run.fakeId());
    if (existing) count.unchanged++;
    else count.imported++;
    return;
  }
  const slug = existing ? '' : await authorSlugFor(validName.data);
  const db = await getDb();
  const id = await db.transaction(async (tx) => {
    const id = existing ?? (await insertImportedAuthor(tx, { email: email.data, name: validName.data, slug }));
    await recordImported(tx, { source: run.source, kind: 'author', sourceId: author.login, targetId: id });
    return id;
  });
  run.authors.set(author.login, id);
  if (existing) count.unchanged++;
  else count.imported++;
}
