import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { findArticleRedirect, getPublicArticle, listLatestArticles, listRelatedArticles, listSectionArticles } from '@/db/queries/public-articles';
import { upsertSections, upsertStaff, upsertTags } from '@/db/queries/seed';
import { articles, slugRedirects } from '@/db/schema/articles';
import { eq } from 'drizzle-orm';
import { insertStory } from '../support/stories';

const HOUR = 3_600_000;
let counter = 0;

const story = insertStory;

async function fixtures() {
  counter += 1; // sections of this test's own
  const sections = await upsertSections([
    { slug: `thoi-su-${counter}`, name: 'Thời sự', description: '', position: 0 },
    { slug: `kinh-te-${counter}`, name: 'Kinh tế', description: '', position: 1 },
  ]);
  const ids = [...sections.values()];
  return { a: ids[ids.length - 2]!, b: ids[ids.length - 1]! };
}

describe('what readers may see', () => {
  it('shows published stories whose time has come, never drafts, future or trashed ones', async () => {
    const { a } = await fixtures();
    const now = Date.now();
    const visible = await story({ title: 'Tin đã đăng', section: a, publishedAt: new Date(now - HOUR) });
    const draft = await story({ title: 'Bản nháp', section: a, publishedAt: null, status: 'draft' });
    const future = await story({ title: 'Tin hẹn giờ', section: a, publishedAt: new Date(now + HOUR) });
    const trashed = await story({ title: 'Tin trong thùng rác', section: a, publishedAt: new Date(now - HOUR) });
    const db = await getDb();
    await db.update(articles).set({ deletedAt: new Date() }).where(eq(articles.slug, trashed));

    expect(await getPublicArticle({ slug: visible })).toMatchObject({ title: 'Tin đã đăng' });
    for (const hidden of [draft, future, trashed]) expect(await getPublicArticle({ slug: hidden })).toBeNull();
    const listed = (await listSectionArticles({ sectionIds: [a], limit: 50 })).map((s) => s.slug);
    expect(listed).toEqual([visible]);
  });

  it('pages newest first by keyset without repeating or skipping', async () => {
    const { b } = await fixtures();
    const base = Date.now() - 100 * HOUR;
    const same = new Date(base); // several stories share one publish time
    const slugs: string[] = [];
    for (let i = 0; i < 7; i++) slugs.push(await story({ title: `Tin ${i}`, section: b, publishedAt: i < 3 ? same : new Date(base + i * HOUR) }));
    const seen: string[] = [];
    let cursor: { publishedAt: Date; id: number } | undefined;
    for (;;) {
      const page = await listSectionArticles({ sectionIds: [b], limit: 3, cursor });
      if (!page.length) break;
      seen.push(...page.map((p) => p.slug));
      const last = page[page.length - 1]!;
      cursor = { publishedAt: new Date(last.publishedAt), id: last.id };
    }
    expect(new Set(seen).size).toBe(7);
    expect(seen.slice(0, 4)).toEqual([slugs[6], slugs[5], slugs[4], slugs[3]]);
  });

  it('finds related stories by shared tags first, then by section', async () => {
    const { a } = await fixtures();
    const tagIds = [...(await upsertTags([{ slug: `nong-thon-moi-${counter}`, name: 'Nông thôn mới' }])).values()];
    const t = new Date(Date.now() - HOUR);
    const main = await story({ title: 'Bài chính', section: a, publishedAt: t, tags: tagIds });
    const tagged = await story({ title: 'Cùng thẻ', section: a, publishedAt: new Date(t.getTime() - HOUR), tags: tagIds });
    const sameSection = await story({ title: 'Cùng chuyên mục', section: a, publishedAt: t });
    const article = (await getPublicArticle({ slug: main }))!;
    const related = await listRelatedArticles({ articleId: article.id, tagIds, sectionId: a, limit: 2 });
    expect(related.map((r) => r.slug)).toEqual([tagged, sameSection]);
  });

  it('follows an old slug to the story it now names', async () => {
    const { a } = await fixtures();
    const slug = await story({ title: 'Tin đổi địa chỉ', section: a, publishedAt: new Date(Date.now() - HOUR) });
    const article = (await getPublicArticle({ slug }))!;
    const db = await getDb();
    await db.insert(slugRedirects).values({ kind: 'article', oldSlug: `cu-${slug}`, targetId: article.id });
    expect(await findArticleRedirect({ slug: `cu-${slug}` })).toEqual({ sectionSlug: article.section.slug, slug });
    expect(await findArticleRedirect({ slug: 'khong-ton-tai' })).toBeNull();
  });

  it('returns the latest stories across sections', async () => {
    const { a, b } = await fixtures();
    const older = await story({ title: 'Cũ', section: a, publishedAt: new Date(Date.now() - 2 * HOUR) });
    const newer = await story({ title: 'Mới', section: b, publishedAt: new Date(Date.now() - 60_000) });
    const latest = (await listLatestArticles({ limit: 50 })).map((s) => s.slug);
    expect(latest.indexOf(newer)).toBeLessThan(latest.indexOf(older));
  });
});

describe('staff', () => {
  it('keeps staff unique by email', async () => {
    const first = await upsertStaff([{ email: 'pv@example.vn', name: 'Phóng viên', slug: 'phong-vien' }]);
    const again = await upsertStaff([{ email: 'pv@example.vn', name: 'Phóng viên', slug: 'phong-vien' }]);
    expect(again.get('pv@example.vn')).toBe(first.get('pv@example.vn'));
  });
});
