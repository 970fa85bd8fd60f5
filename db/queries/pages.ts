import 'server-only';
import { and, asc, desc, eq, ne } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import type { RichTextNode } from '../schema/articles';
import { sitePages, type SitePage } from '../schema/pages';

export type PageRow = SitePage;
export type PageValues = { slug: string; title: string; description: string; body: RichTextNode; topLevel: boolean; inMenu: boolean; menuPosition: number };
export type MenuLink = { slug: string; title: string; topLevel: boolean };
export type PublicPage = { id: number; slug: string; title: string; description: string; body: RichTextNode; topLevel: boolean; updatedAt: Date };

/** Every page for the dashboard: the footer menu first, in its order, then the rest by title. */
export async function listPagesForAdmin(): Promise<PageRow[]> {
  const db = await getDb();
  return db.select().from(sitePages).orderBy(desc(sitePages.inMenu), asc(sitePages.menuPosition), asc(sitePages.title));
}

export async function getPageById({ id }: { id: number }, tx?: Executor): Promise<PageRow | null> {
  const db = tx ?? (await getDb());
  const [row] = await db.select().from(sitePages).where(eq(sitePages.id, id)).limit(1);
  return row ?? null;
}

export async function pageSlugTaken({ slug, exceptId }: { slug: string; exceptId?: number }, tx?: Executor): Promise<boolean> {
  const db = tx ?? (await getDb());
  const where = exceptId ? and(eq(sitePages.slug, slug), ne(sitePages.id, exceptId)) : eq(sitePages.slug, slug);
  const [row] = await db.select({ id: sitePages.id }).from(sitePages).where(where).limit(1);
  return Boolean(row);
}

export async function insertPage(tx: Executor, values: PageValues & { published: boolean; userId: number | null }): Promise<number> {
  const { userId, ...rest } = values;
  const [row] = await tx
    .insert(sitePages)
    .values({ ...rest, createdBy: userId, updatedBy: userId })
    .returning({ id: sitePages.id });
  return row!.id;
}

export async function updatePage(tx: Executor, id: number, values: Partial<PageValues> & { published?: boolean; userId: number }): Promise<void> {
  const { userId, ...rest } = values;
  await tx
    .update(sitePages)
    .set({ ...rest, updatedBy: userId, updatedAt: new Date() })
    .where(eq(sitePages.id, id));
}

/** The footer menu: published pages marked for it, in the editors' order. */
export async function listMenuPages(): Promise<MenuLink[]> {
  const db = await getDb();
  return db
    .select({ slug: sitePages.slug, title: sitePages.title, topLevel: sitePages.topLevel })
    .from(sitePages)
    .where(and(eq(sitePages.published, true), eq(sitePages.inMenu, true)))
    .orderBy(asc(sitePages.menuPosition), asc(sitePages.id));
}

/** Menu pages (published or not) in order, for moving one up or down. */
export async function listMenuOrder(tx: Executor): Promise<{ id: number; menuPosition: number }[]> {
  return tx
    .select({ id: sitePages.id, menuPosition: sitePages.menuPosition })
    .from(sitePages)
    .where(eq(sitePages.inMenu, true))
    .orderBy(asc(sitePages.menuPosition), asc(sitePages.id));
}

/** Whether a page sits at /{slug}: a section may not take that slug. */
export async function topLevelPageHasSlug({ slug, exceptId }: { slug: string; exceptId?: number }, tx?: Executor): Promise<boolean> {
  const db = tx ?? (await getDb());
  const bySlug = and(eq(sitePages.slug, slug), eq(sitePages.topLevel, true));
  const [row] = await db
    .select({ id: sitePages.id })
    .from(sitePages)
    .where(exceptId ? and(bySlug, ne(sitePages.id, exceptId)) : bySlug)
    .limit(1);
  return Boolean(row);
}

/** Removes a page row; returns the removed row (null when it was already gone). */
export async function deletePageRow(tx: Executor, id: number): Promise<PageRow | null> {
  const [row] = await tx.delete(sitePages).where(eq(sitePages.id, id)).returning();
  return row ?? null;
}

export async function setMenuPosition(tx: Executor, id: number, menuPosition: number): Promise<void> {
  await tx.update(sitePages).set({ menuPosition }).where(eq(sitePages.id, id));
}

/** A published page by slug; null for a draft or an unknown slug. */
export async function getPublishedPage({ slug }: { slug: string }): Promise<PublicPage | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: sitePages.id,
      slug: sitePages.slug,
      title: sitePages.title,
      description: sitePages.description,
      body: sitePages.body,
      topLevel: sitePages.topLevel,
      updatedAt: sitePages.updatedAt,
    })
    .from(sitePages)
    .where(and(eq(sitePages.slug, slug), eq(sitePages.published, true)))
    .limit(1);
  return row ?? null;
}

/** Slugs of published pages, for the sitemap. */
export async function listPublishedPageSlugs(): Promise<{ slug: string; topLevel: boolean; updatedAt: Date }[]> {
  const db = await getDb();
  return db.select({ slug: sitePages.slug, topLevel: sitePages.topLevel, updatedAt: sitePages.updatedAt }).from(sitePages).where(eq(sitePages.published, true)).orderBy(asc(sitePages.slug));
}

/** Demo data: the page is added only when its slug is free (seeding twice adds nothing). */
export async function seedPage(values: PageValues & { published: boolean }): Promise<boolean> {
  const db = await getDb();
  const rows = await db.insert(sitePages).values(values).onConflictDoNothing().returning({ id: sitePages.id });
  return rows.length > 0;
}
