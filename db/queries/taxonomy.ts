import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { slugRedirects } from '../schema/articles';
import { sections } from '../schema/sections';
import { tags } from '../schema/tags';
import { users } from '../schema/users';

export type SectionRef = { id: number; slug: string; name: string; description: string; parentId: number | null; position: number };

/** Every section, parents before children, in the editors' order. */
export async function listSections(): Promise<SectionRef[]> {
  const db = await getDb();
  return db
    .select({
      id: sections.id,
      slug: sections.slug,
      name: sections.name,
      description: sections.description,
      parentId: sections.parentId,
      position: sections.position,
    })
    .from(sections)
    .orderBy(sql`${sections.parentId} nulls first`, asc(sections.position), asc(sections.id));
}

export async function getTagBySlug({ slug }: { slug: string }) {
  const db = await getDb();
  const [row] = await db.select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.slug, slug)).limit(1);
  return row ?? null;
}

/** The current slug of a renamed section or tag, when `oldSlug` was one of its earlier names. */
export async function findRenamedSlug({ kind, oldSlug }: { kind: 'section' | 'tag'; oldSlug: string }): Promise<string | null> {
  const db = await getDb();
  const table = kind === 'section' ? sections : tags;
  const [row] = await db
    .select({ slug: table.slug })
    .from(slugRedirects)
    .innerJoin(table, eq(table.id, slugRedirects.targetId))
    .where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.oldSlug, oldSlug)))
    .limit(1);
  return row?.slug ?? null;
}

export type AuthorProfile = { id: number; slug: string; name: string; bio: string };

/** A staff member with a public author page (active or not: old bylines keep working). */
export async function getAuthorBySlug({ slug }: { slug: string }): Promise<AuthorProfile | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, slug: users.slug, name: users.name, bio: users.bio })
    .from(users)
    .where(eq(users.slug, slug))
    .limit(1);
  return row ?? null;
}

/** Tag names for the editor's suggestions, most used first. */
export async function listTagNames({ limit }: { limit: number }): Promise<string[]> {
  const db = await getDb();
  const rows = await db.execute<{ name: string }>(
    sql`select t.name from tags t left join article_tags at on at.tag_id = t.id group by t.id, t.name order by count(at.article_id) desc, t.name limit ${limit}`,
  );
  return (Array.isArray(rows) ? rows : (rows as { rows: { name: string }[] }).rows).map((r) => r.name);
}
