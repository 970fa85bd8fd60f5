import 'server-only';
import { getDb, type Executor } from '@/db/client';
import {
  articleSlugsInSection,
  countChildren,
  dropTaxonomyRedirect,
  getSectionById,
  insertSection,
  listSiblings,
  recordTaxonomyRedirect,
  sectionSlugTaken,
  updateSectionRow,
} from '@/db/queries/sections-admin';
import { topLevelPageHasSlug } from '@/db/queries/pages';
import { audit } from '../audit/log';
import type { CurrentUser } from '../auth/session';
import { sectionsChanged } from '../cache/invalidate';
import { slugify } from '../format/slug';
import { RESERVED_SECTION_SLUGS } from '../site/routes';
import type { SectionFields } from '../validation/taxonomy';

/*
 * The section tree: top-level sections and, under them, one level of sub-sections, each
 * level in the editors' order. A slug change leaves a redirect so old URLs answer 301.
 */

/** Why a change to the tree was refused; lib/actions/sections.ts puts it into words. */
export type SectionRefusal = 'notFound' | 'slugEmpty' | 'slugReserved' | 'slugTaken' | 'parentMissing' | 'cycle' | 'tooDeep' | 'hasChildren';
export type SectionOutcome = { ok: true; id: number; slug: string } | { ok: false; reason: SectionRefusal; slug?: string; field?: 'slug' | 'parentId' };

class Refused extends Error {
  constructor(
    readonly reason: SectionRefusal,
    readonly field?: 'slug' | 'parentId',
    readonly slug?: string,
  ) {
    super(reason);
  }
}

async function checkSlug(tx: Executor, fields: SectionFields, exceptId?: number): Promise<string> {
  const slug = slugify(fields.slug || fields.name);
  if (!slug) throw new Refused('slugEmpty', 'slug');
  // The site's own first segments, and the pages editors put at the top level (/gioi-thieu).
  if (RESERVED_SECTION_SLUGS.has(slug) || (await topLevelPageHasSlug({ slug }, tx))) throw new Refused('slugReserved', 'slug', slug);
  if (await sectionSlugTaken({ slug, exceptId }, tx)) throw new Refused('slugTaken', 'slug', slug);
  return slug;
}

/** A parent must exist, be top level, and not be the section itself or below it. */
async function checkParent(tx: Executor, parentId: number | null, sectionId?: number): Promise<void> {
  if (parentId === null) return;
  if (parentId === sectionId) throw new Refused('cycle', 'parentId');
  const parent = await getSectionById({ id: parentId }, tx);
  if (!parent) throw new Refused('parentMissing', 'parentId');
  for (let up = parent.parentId, hops = 0; up !== null && hops < 50; hops++) {
    if (up === sectionId) throw new Refused('cycle', 'parentId');
    up = (await getSectionById({ id: up }, tx))?.parentId ?? null;
  }
  if (parent.parentId !== null) throw new Refused('tooDeep', 'parentId');
  if (sectionId && (await countChildren(tx, { id: sectionId })) > 0) throw new Refused('hasChildren', 'parentId');
}

async function nextPosition(tx: Executor, parentId: number | null): Promise<number> {
  const siblings = await listSiblings(tx, { parentId });
  return siblings.reduce((max, s) => Math.max(max, s.position + 1), 0);
}

async function run(work: (tx: Executor) => Promise<{ id: number; slug: string; articleSlugs?: string[] }>): Promise<SectionOutcome> {
  const db = await getDb();
  try {
    const result = await db.transaction(work);
    sectionsChanged(result.articleSlugs);
    return { ok: true, id: result.id, slug: result.slug };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason, slug: error.slug, field: error.field };
    throw error;
  }
}

export function createSection(user: CurrentUser, fields: SectionFields): Promise<SectionOutcome> {
  return run(async (tx) => {
    const slug = await checkSlug(tx, fields);
    await checkParent(tx, fields.parentId);
    const position = await nextPosition(tx, fields.parentId);
    const id = await insertSection(tx, { slug, name: fields.name, description: fields.description, parentId: fields.parentId, position });
    await dropTaxonomyRedirect(tx, { kind: 'section', slug });
    await audit({ actorId: user.id, action: 'section.save', targetType: 'section', targetId: id, data: { created: true, slug, parentId: fields.parentId } }, tx);
    return { id, slug };
  });
}

export function updateSection(user: CurrentUser, input: SectionFields & { id: number }): Promise<SectionOutcome> {
  return run(async (tx) => {
    const current = await getSectionById({ id: input.id }, tx);
    if (!current) throw new Refused('notFound');
    const slug = await checkSlug(tx, input, input.id);
    const moved = input.parentId !== current.parentId;
    if (moved) await checkParent(tx, input.parentId, input.id);
    await updateSectionRow(tx, input.id, {
      slug,
      name: input.name,
      description: input.description,
      parentId: input.parentId,
      ...(moved ? { position: await nextPosition(tx, input.parentId) } : {}),
    });
    let articleSlugs: string[] = [];
    if (slug !== current.slug) {
      await dropTaxonomyRedirect(tx, { kind: 'section', slug });
      await recordTaxonomyRedirect(tx, { kind: 'section', oldSlug: current.slug, targetId: input.id });
      articleSlugs = await articleSlugsInSection({ sectionId: input.id }, tx);
    }
    await audit(
      { actorId: user.id, action: 'section.save', targetType: 'section', targetId: input.id, data: { from: { slug: current.slug, name: current.name, parentId: current.parentId }, to: { slug, name: input.name, parentId: input.parentId } } },
      tx,
    );
    return { id: input.id, slug, articleSlugs };
  });
}

/** Swaps a section with its neighbour among its siblings (and numbers the siblings 0…n). */
export function moveSection(user: CurrentUser, input: { id: number; direction: 'up' | 'down' }): Promise<SectionOutcome> {
  return run(async (tx) => {
    const current = await getSectionById({ id: input.id }, tx);
    if (!current) throw new Refused('notFound');
    const order = (await listSiblings(tx, { parentId: current.parentId })).map((s) => s.id);
    const from = order.indexOf(current.id);
    const to = input.direction === 'up' ? from - 1 : from + 1;
    if (to >= 0 && to < order.length) [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [position, id] of order.entries()) await updateSectionRow(tx, id, { position });
    await audit({ actorId: user.id, action: 'section.save', targetType: 'section', targetId: current.id, data: { moved: input.direction } }, tx);
    return { id: current.id, slug: current.slug };
  });
}
