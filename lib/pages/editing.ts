import 'server-only';
import { getDb, type Executor } from '@/db/client';
import { deletePageRow, getPageById, insertPage, listMenuOrder, pageSlugTaken, setMenuPosition, updatePage, type PageValues } from '@/db/queries/pages';
import { sectionSlugTaken } from '@/db/queries/sections-admin';
import type { RichTextNode } from '@/db/schema/articles';
import { audit } from '../audit/log';
import type { CurrentUser } from '../auth/session';
import { sitePagesChanged } from '../cache/invalidate';
import { slugify } from '../format/slug';
import { RESERVED_SECTION_SLUGS } from '../site/routes';
import type { PageFields } from '../validation/pages';

/*
 * The newsroom's own pages: created as drafts, saved, published and unpublished, ordered in the
 * footer menu, deleted once unpublished. Every change expires the pages that show it (the footer
 * is on every page). A page lives at /trang/{slug}, or at /{slug} when editors put it at the top
 * level: then its slug must be free of every section and of the site's own first segments.
 */

/** Why a page change was refused; lib/actions/pages.ts puts it into words. */
export type PageRefusal = 'notFound' | 'slugEmpty' | 'slugTaken' | 'slugReserved' | 'slugIsSection' | 'edge' | 'notInMenu' | 'stillPublished';
export type PageOutcome = { ok: true; id: number; slug: string; published: boolean } | { ok: false; reason: PageRefusal; slug?: string; field?: 'slug' };

function values(fields: PageFields, slug: string): PageValues {
  return {
    slug,
    title: fields.title,
    description: fields.description,
    body: fields.body as RichTextNode,
    topLevel: fields.topLevel,
    inMenu: fields.inMenu,
    menuPosition: fields.menuPosition,
  };
}

/** The slug a page asks for: typed, or made from the title. Pages live under /trang/, apart from sections. */
function wantedSlug(fields: PageFields): string {
  return slugify(fields.slug || fields.title);
}

/** Why `slug` cannot be used by this page, or null when it can. */
async function slugRefusal(tx: Executor, fields: PageFields, slug: string, exceptId?: number): Promise<PageOutcome | null> {
  if (await pageSlugTaken({ slug, exceptId }, tx)) return { ok: false, reason: 'slugTaken', slug, field: 'slug' };
  if (!fields.topLevel) return null;
  if (RESERVED_SECTION_SLUGS.has(slug)) return { ok: false, reason: 'slugReserved', slug, field: 'slug' };
  if (await sectionSlugTaken({ slug }, tx)) return { ok: false, reason: 'slugIsSection', slug, field: 'slug' };
  return null;
}

export async function createPage(user: CurrentUser, fields: PageFields): Promise<PageOutcome> {
  const slug = wantedSlug(fields);
  if (!slug) return { ok: false, reason: 'slugEmpty', field: 'slug' };
  const db = await getDb();
  const outcome = await db.transaction(async (tx): Promise<PageOutcome> => {
    const refused = await slugRefusal(tx, fields, slug);
    if (refused) return refused;
    const id = await insertPage(tx, { ...values(fields, slug), published: false, userId: user.id });
    await audit({ actorId: user.id, action: 'page.create', targetType: 'page', targetId: id, data: { slug, title: fields.title } }, tx);
    return { ok: true, id, slug, published: false };
  });
  // A draft is on no reader page; nothing to expire.
  return outcome;
}

export async function savePage(user: CurrentUser, input: { id: number; fields: PageFields }): Promise<PageOutcome> {
  const slug = wantedSlug(input.fields);
  if (!slug) return { ok: false, reason: 'slugEmpty', field: 'slug' };
  const db = await getDb();
  const outcome = await db.transaction(async (tx): Promise<PageOutcome> => {
    const current = await getPageById({ id: input.id }, tx);
    if (!current) return { ok: false, reason: 'notFound' };
    const refused = await slugRefusal(tx, input.fields, slug, input.id);
    if (refused) return refused;
    await updatePage(tx, input.id, { ...values(input.fields, slug), userId: user.id });
    const changed = {
      slug: [current.slug, slug],
      title: [current.title, input.fields.title],
      topLevel: [current.topLevel, input.fields.topLevel],
      inMenu: [current.inMenu, input.fields.inMenu],
    };
    await audit({ actorId: user.id, action: 'page.save', targetType: 'page', targetId: input.id, data: changed }, tx);
    return { ok: true, id: input.id, slug, published: current.published };
  });
  if (outcome.ok && outcome.published) sitePagesChanged();
  return outcome;
}

/** Publishes (`published: true`) or unpublishes a page; an unpublished page answers 404. */
export async function setPagePublished(user: CurrentUser, input: { id: number; published: boolean }): Promise<PageOutcome> {
  const db = await getDb();
  const outcome = await db.transaction(async (tx): Promise<PageOutcome> => {
    const current = await getPageById({ id: input.id }, tx);
    if (!current) return { ok: false, reason: 'notFound' };
    await updatePage(tx, input.id, { published: input.published, userId: user.id });
    await audit({ actorId: user.id, action: input.published ? 'page.publish' : 'page.unpublish', targetType: 'page', targetId: input.id, data: { slug: current.slug } }, tx);
    return { ok: true, id: input.id, slug: current.slug, published: input.published };
  });
  if (outcome.ok) sitePagesChanged();
  return outcome;
}

/** Swaps a menu page with its neighbour; positions are renumbered 10, 20, 30… on the way. */
export async function movePageInMenu(user: CurrentUser, input: { id: number; direction: 'up' | 'down' }): Promise<PageOutcome> {
  const db = await getDb();
  const outcome = await db.transaction(async (tx): Promise<PageOutcome> => {
    const current = await getPageById({ id: input.id }, tx);
    if (!current) return { ok: false, reason: 'notFound' };
    const order = await listMenuOrder(tx);
    const index = order.findIndex((p) => p.id === input.id);
    if (index < 0) return { ok: false, reason: 'notInMenu' };
    const other = index + (input.direction === 'up' ? -1 : 1);
    if (other < 0 || other >= order.length) return { ok: false, reason: 'edge' };
    const ids = order.map((p) => p.id);
    [ids[index], ids[other]] = [ids[other]!, ids[index]!];
    for (const [i, id] of ids.entries()) await setMenuPosition(tx, id, (i + 1) * 10);
    await audit({ actorId: user.id, action: 'page.move', targetType: 'page', targetId: input.id, data: { direction: input.direction, order: ids } }, tx);
    return { ok: true, id: input.id, slug: current.slug, published: current.published };
  });
  if (outcome.ok) sitePagesChanged();
  return outcome;
}

/**
 * Deletes a page that readers no longer see (unpublish it first, so a published page is never
 * removed by one click). The audit entry keeps the whole page, so a deleted page can be rebuilt.
 */
export async function deletePage(user: CurrentUser, input: { id: number }): Promise<PageOutcome> {
  const db = await getDb();
  const outcome = await db.transaction(async (tx): Promise<PageOutcome> => {
    const current = await getPageById({ id: input.id }, tx);
    if (!current) return { ok: false, reason: 'notFound' };
    if (current.published) return { ok: false, reason: 'stillPublished' };
    await deletePageRow(tx, input.id);
    const { title, slug, description, body, topLevel, inMenu, menuPosition } = current;
    await audit({ actorId: user.id, action: 'page.delete', targetType: 'page', targetId: input.id, data: { title, slug, description, body, topLevel, inMenu, menuPosition } }, tx);
    return { ok: true, id: input.id, slug, published: false };
  });
  // An unpublished page is on no reader page, but its menu slot may be (menu order lists drafts).
  if (outcome.ok) sitePagesChanged();
  return outcome;
}
