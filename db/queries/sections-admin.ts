import 'server-only';
import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { articles, slugRedirects } from '../schema/articles';
import { sections } from '../schema/sections';

/* Writes behind the sections screen; the rules live in lib/taxonomy/sections.ts. */

export type SectionRow = typeof sections.$inferSelect;

export async function getSectionById({ id }: { id: number }, tx?: Executor): Promise<SectionRow | null> {
  const db = tx ?? (await getDb());
  const [row] = await db.select().from(sections).where(eq(sections.id, id)).limit(1);
  return row ?? null;
}

export async function sectionSlugTaken({ slug, exceptId }: { slug: string; exceptId?: number }, tx?: Executor): Promise<boolean> {
  const db = tx ?? (await getDb());
  const [row] = await db
    .select({ id: sections.id })
    .from(sections)
    .where(and(eq(sections.slug, slug), exceptId ? ne(sections.id, exceptId) : undefined))
    .limit(1);
  return Boolean(row);
}

/** Siblings under `parentId` (null: top level), in the editors' order. */
export async function listSiblings(tx: Executor, { parentId }: { parentId: number | null }): Promise<{ id: number; position: number }[]> {
  return tx
    .select({ id: sections.id, position: sections.position })
    .from(sections)
    .where(parentId === null ? isNull(sections.parentId) : eq(sections.parentId, parentId))
    .orderBy(asc(sections.position), asc(sections.id));
}

export async function countChildren(tx: Executor, { id }: { id: number }): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(sections).where(eq(sections.parentId, id));
  return Number(row?.n ?? 0);
}

export async function insertSection(
  tx: Executor,
  values: { slug: string; name: string; description: string; parentId: number | null; position: number },
): Promise<number> {
  const [row] = await tx.insert(sections).values(values).returning({ id: sections.id });
  return row!.id;
}

export async function updateSectionRow(
  tx: Executor,
  id: number,
  values: Partial<{ slug: string; name: string; description: string; parentId: number | null; position: number }>,
): Promise<void> {
  await tx.update(sections).set(values).where(eq(sections.id, id));
}

/** Remembers that `oldSlug` named this section (or tag), so its old URL answers 301. */
export async function recordTaxonomyRedirect(tx: Executor, { kind, oldSlug, targetId }: { kind: 'section' | 'tag'; oldSlug: string; targetId: number }): Promise<void> {
  await tx
    .insert(slugRedirects)
    .values({ kind, oldSlug, targetId })
    .onConflictDoUpdate({ target: [slugRedirects.kind, slugRedirects.oldSlug], set: { targetId, createdAt: new Date() } });
}

/** A slug taken anew by a live section or tag no longer redirects anywhere. */
export async function dropTaxonomyRedirect(tx: Executor, { kind, slug }: { kind: 'section' | 'tag'; slug: string }): Promise<void> {
  await tx.delete(slugRedirects).where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.oldSlug, slug)));
}

/** Slugs of the stories filed in a section: their URLs contain the section's slug. */
export async function articleSlugsInSection({ sectionId }: { sectionId: number }, tx?: Executor): Promise<string[]> {
  const db = tx ?? (await getDb());
  const rows = await db.select({ slug: articles.slug }).from(articles).where(eq(articles.sectionId, sectionId));
  return rows.map((r) => r.slug);
}
