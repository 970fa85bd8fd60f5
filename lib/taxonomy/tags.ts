import 'server-only';
import { getDb } from '@/db/client';
import { dropTaxonomyRedirect, recordTaxonomyRedirect } from '@/db/queries/sections-admin';
import { articleSlugsWithTag, getTagById, listTagsWithCounts, mergeTagRows, tagSlugTaken, updateTagRow } from '@/db/queries/tags-admin';
import { audit } from '../audit/log';
import type { CurrentUser } from '../auth/session';
import { tagsChanged } from '../cache/invalidate';
import { slugify } from '../format/slug';

/* Renaming and merging tags. Either way the old /tag/{slug} keeps answering with a 301. */


/** Why a tag change was refused; lib/actions/tags.ts puts it into words. */
export type TagRefusal = 'notFound' | 'slugEmpty' | 'slugTaken';
export type TagOutcome = { ok: true; id: number; slug: string; name: string; mergedFrom?: string } | { ok: false; reason: TagRefusal; slug?: string; field?: 'slug' | 'intoId' };

export const TAG_LIST_LIMIT = 100;

export function searchTags({ q }: { q: string }) {
  const query = q.trim().slice(0, 100);
  return listTagsWithCounts({ q: query, slugQ: slugify(query), limit: TAG_LIST_LIMIT });
}

export async function renameTag(user: CurrentUser, input: { id: number; name: string; slug: string }): Promise<TagOutcome> {
  const slug = slugify(input.slug || input.name);
  if (!slug) return { ok: false, reason: 'slugEmpty', field: 'slug' };
  const db = await getDb();
  const outcome = await db.transaction(async (tx) => {
    const current = await getTagById({ id: input.id }, tx);
    if (!current) return { ok: false as const, reason: 'notFound' as const };
    if (await tagSlugTaken({ slug, exceptId: input.id }, tx)) return { ok: false as const, reason: 'slugTaken' as const, slug, field: 'slug' as const };
    await updateTagRow(tx, input.id, { slug, name: input.name });
    if (slug !== current.slug) {
      await dropTaxonomyRedirect(tx, { kind: 'tag', slug });
      await recordTaxonomyRedirect(tx, { kind: 'tag', oldSlug: current.slug, targetId: input.id });
    }
    await audit({ actorId: user.id, action: 'tag.save', targetType: 'tag', targetId: input.id, data: { from: current, to: { slug, name: input.name } } }, tx);
    return { ok: true as const, id: input.id, slug, name: input.name, articleSlugs: await articleSlugsWithTag({ tagId: input.id }, tx) };
  });
  if (!outcome.ok) return outcome;
  tagsChanged(outcome.articleSlugs);
  return { ok: true, id: outcome.id, slug: outcome.slug, name: outcome.name };
}

/** Tag `fromId` disappears into `intoId`: its stories, its URL and its old URLs. */
export async function mergeTags(user: CurrentUser, input: { fromId: number; intoId: number }): Promise<TagOutcome> {
  const db = await getDb();
  const outcome = await db.transaction(async (tx) => {
    const [from, into] = await Promise.all([getTagById({ id: input.fromId }, tx), getTagById({ id: input.intoId }, tx)]);
    if (!from || !into) return { ok: false as const, reason: 'notFound' as const };
    const articleSlugs = await articleSlugsWithTag({ tagId: from.id }, tx);
    await mergeTagRows(tx, { fromId: from.id, intoId: into.id });
    await recordTaxonomyRedirect(tx, { kind: 'tag', oldSlug: from.slug, targetId: into.id });
    await audit({ actorId: user.id, action: 'tag.merge', targetType: 'tag', targetId: into.id, data: { from, into, stories: articleSlugs.length } }, tx);
    return { ok: true as const, from, into, articleSlugs };
  });
  if (!outcome.ok) return outcome;
  tagsChanged(outcome.articleSlugs);
  return { ok: true, id: outcome.into.id, slug: outcome.into.slug, name: outcome.into.name, mergedFrom: outcome.from.name };
}
