import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { listApprovedComments } from '@/db/queries/comments';
import { findOldPathTarget } from '@/db/queries/imports';
import { articleAuthors, articles, articleTags, slugRedirects, type RichTextNode } from '@/db/schema/articles';
import { comments } from '@/db/schema/comments';
import { importItems } from '@/db/schema/imports';
import { media } from '@/db/schema/media';
import { sections } from '@/db/schema/sections';
import { tags } from '@/db/schema/tags';
import { users } from '@/db/schema/users';
import { articleEditorData } from '@/lib/articles/editing';
import { sanitizeDoc } from '@/lib/articles/rich-text';
import { upsertStaff } from '@/db/queries/seed';
import { importWordPress } from '@/lib/import/wordpress/importer';
import { oldPathOfRequest } from '@/lib/import/wordpress/paths';
import type { ImportSummary } from '@/lib/import/wordpress/run';
import { NotWxrError } from '@/lib/import/wordpress/wxr';

/*
 * The importer against the export a real WordPress wrote (tests/fixtures/wordpress/make-export.php
 * made it with export_wp()), with its photos as the copy of wp-content/uploads.
 */
const FIXTURE = path.resolve('tests/fixtures/wordpress/export.xml');
const UPLOADS = path.resolve('tests/fixtures/wordpress/uploads');

// PGlite runs keep media beside their database; give PostgreSQL runs a folder of their own too.
const ownDir = process.env.NEWSROOM_TEST_ENGINE === 'postgres' ? fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-wp-media-')) : null;
if (ownDir) process.env.NEWSROOM_DATA_DIR = ownDir;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-wxr-'));
afterAll(() => {
  if (ownDir) fs.rmSync(ownDir, { recursive: true, force: true });
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** The fixture as another site's export (its own source), with `edit` applied to the text. */
function variant(name: string, host: string, edit: (xml: string) => string = (x) => x): string {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, edit(fs.readFileSync(FIXTURE, 'utf8').replaceAll('baomau.example', host)));
  return file;
}

async function rowCounts() {
  const db = await getDb();
  const n = async (query: Promise<{ n: number }[]>) => Number((await query)[0]?.n ?? 0);
  const c = sql<number>`count(*)::int`;
  return {
    articles: await n(db.select({ n: c }).from(articles)),
    sections: await n(db.select({ n: c }).from(sections)),
    tags: await n(db.select({ n: c }).from(tags)),
    users: await n(db.select({ n: c }).from(users)),
    media: await n(db.select({ n: c }).from(media)),
    comments: await n(db.select({ n: c }).from(comments)),
    importItems: await n(db.select({ n: c }).from(importItems)),
    redirects: await n(db.select({ n: c }).from(slugRedirects)),
  };
}

async function articleByTitle(title: string) {
  const db = await getDb();
  const [row] = await db.select().from(articles).where(eq(articles.title, title)).limit(1);
  return row ?? null;
}

function nodesOf(doc: RichTextNode, type: string): RichTextNode[] {
  const found: RichTextNode[] = [];
  const walk = (node: RichTextNode) => {
    if (node.type === type) found.push(node);
    node.content?.forEach(walk);
  };
  walk(doc);
  return found;
}

let first: ImportSummary;

beforeAll(async () => {
  first = await importWordPress({ file: FIXTURE, uploadsDir: UPLOADS });
}, 120_000);

describe('importing a real WordPress export', () => {
  it('counts what it brought in and what it skipped, with the lines of its warnings', () => {
    expect(first.counts.sections.imported).toBe(3);
    expect(first.counts.sections.skipped).toEqual({ defaultCategory: 1 });
    expect(first.counts.tags.imported).toBe(3);
    expect(first.counts.authors.imported).toBe(2);
    expect(first.counts.media.imported).toBe(3);
    expect(first.counts.posts.imported).toBe(3);
    expect(first.counts.posts.skipped).toEqual({ private: 1, trash: 1, page: 1 });
    expect(first.counts.comments.imported).toBe(3);
    const shortcode = first.warnings.find((w) => w.code === 'unknownShortcode');
    expect(shortcode).toMatchObject({ what: 'contact-form-7' });
    expect(shortcode!.line).toBeGreaterThan(1);
    expect(first.warnings.find((w) => w.code === 'rawHtml')).toBeTruthy();
  });

  it('leaves PostgreSQL statistics of what it loaded, so the next reads are planned on them', async () => {
    const db = await getDb();
    const [row] = await db
      .select({ counted: sql<number>`reltuples::float8`, stories: sql<number>`(select count(*) from articles)::float8` })
      .from(sql`pg_class`)
      .where(sql`oid = 'articles'::regclass`);
    // A table never analysed counts -1 (3 stories are too few for autovacuum to come by).
    expect(row).toEqual({ counted: 3, stories: 3 });
  });

  it('keeps the category tree as sections and the tags', async () => {
    const db = await getDb();
    const all = await db.select().from(sections);
    const thoiSu = all.find((s) => s.slug === 'thoi-su')!;
    const trongNuoc = all.find((s) => s.slug === 'trong-nuoc')!;
    expect(thoiSu).toMatchObject({ name: 'Thời sự', parentId: null, description: 'Tin thời sự trong ngày' });
    expect(trongNuoc).toMatchObject({ name: 'Trong nước', parentId: thoiSu.id });
    const tagRows = await db.select().from(tags);
    expect(tagRows.map((t) => t.name).sort()).toEqual(['Du lịch', 'Hà Nội', 'Lễ hội']);
  });

  it('makes authors staff records nobody can sign in with until an admin turns them on', async () => {
    const db = await getDb();
    const [lan] = await db.select().from(users).where(eq(users.email, 'lan@baomau.example'));
    expect(lan).toMatchObject({ name: 'Nguyễn Thị Lan', active: false, passwordHash: null, role: 'writer' });
  });

  it('imports a published classic post with its date, sapo, section, tags, author, photos, gallery and comments', async () => {
    const story = (await articleByTitle('Hà Nội đón mùa du lịch mới'))!;
    expect(story).toMatchObject({ status: 'published', slug: 'ha-noi-don-mua-du-lich-moi' });
    expect(story.publishedAt?.toISOString()).toBe('2024-03-16T02:30:00.000Z');
    expect(story.sapo).toBe('Thủ đô chuẩn bị nhiều hoạt động văn hóa để đón du khách trong mùa du lịch năm nay.');
    const db = await getDb();
    const [section] = await db.select().from(sections).where(eq(sections.id, story.sectionId));
    expect(section!.slug).toBe('trong-nuoc');
    const tagRows = await db.select({ name: tags.name }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, story.id));
    expect(tagRows.map((t) => t.name).sort()).toEqual(['Du lịch', 'Hà Nội']);
    const [author] = await db.select({ email: users.email }).from(articleAuthors).innerJoin(users, eq(users.id, articleAuthors.userId)).where(eq(articleAuthors.articleId, story.id));
    expect(author!.email).toBe('lan@baomau.example');
    expect(story.featuredMediaId).toBeTruthy();

    const [figure] = nodesOf(story.body, 'figure');
    expect(figure!.attrs).toMatchObject({ alt: 'Hồ Gươm buổi sáng', caption: 'Hồ Gươm trong sương sớm', credit: 'Ảnh: Ngô Tuấn Anh', width: 640, height: 427 });
    const [photo] = await db.select().from(media).where(eq(media.id, figure!.attrs!.mediaId as number));
    expect(photo).toMatchObject({ alt: 'Hồ Gươm buổi sáng', caption: 'Hồ Gươm trong sương sớm', credit: 'Ảnh: Ngô Tuấn Anh' });
    const [gallery] = nodesOf(story.body, 'gallery');
    expect((gallery!.attrs!.images as { caption: string; credit: string }[]).map((i) => i.credit)).toEqual(['Ảnh: Ngô Tuấn Anh', 'Ảnh: Lê Hà']);
    expect(story.bodyText).toContain('Những điểm đến nổi bật');
    expect(story.bodyText).toContain('Mọi thông tin xin liên hệ đường dây nóng.');
    expect(JSON.stringify(story.body)).not.toMatch(/<|\[caption|\[gallery/);

    const shown = await listApprovedComments({ articleId: story.id });
    expect(shown.map((c) => c.name)).toEqual(['Phạm Hoa', 'Lê Bình']);
    expect(shown[1]!.parentId).toBe(shown[0]!.id);
    const pending = await db.select().from(comments).where(and(eq(comments.articleId, story.id), eq(comments.status, 'pending')));
    expect(pending.map((c) => c.name)).toEqual(['Người chờ duyệt']);
  });

  it('shows an imported story’s inactive author in the editor, so saving the story keeps them', async () => {
    const story = (await articleByTitle('Hà Nội đón mùa du lịch mới'))!;
    const ids = await upsertStaff([{ email: 'bientap-wp@pg.vn', name: 'Biên tập WP', slug: 'bientap-wp', role: 'editor' }]);
    const editor = { id: ids.get('bientap-wp@pg.vn')!, name: 'Biên tập WP', email: 'bientap-wp@pg.vn', role: 'editor' as const };
    const data = (await articleEditorData(editor, story.id))!;
    const db = await getDb();
    const [author] = await db.select({ id: users.id, active: users.active }).from(users).where(eq(users.email, 'lan@baomau.example'));
    expect(author!.active).toBe(false);
    expect(data.article.fields.authorIds).toContain(author!.id);
    expect(data.staff.map((p) => p.id)).toContain(author!.id);
  });

  it('converts a block-editor post into the editor’s nodes only, which the reader allowlist keeps whole', async () => {
    const story = (await articleByTitle('Khai hội đền Hùng năm Giáp Thìn'))!;
    const body = story.body;
    expect(body.content!.map((n) => n.type)).toEqual([
      'paragraph', 'figure', 'heading', 'orderedList', 'table', 'embed', 'blockquote', 'gallery', 'horizontalRule', 'paragraph',
    ]);
    expect(nodesOf(body, 'figure')[0]!.attrs).toMatchObject({ caption: 'Đoàn rước kiệu qua cổng đền', credit: 'Ảnh: Trần Văn Minh' });
    expect(nodesOf(body, 'embed')[0]!.attrs).toMatchObject({ url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'Video lễ hội' });
    expect(nodesOf(body, 'tableHeader').length).toBe(2);
    expect(nodesOf(body, 'tableCell').length).toBe(4);
    const gallery = nodesOf(body, 'gallery')[0]!.attrs!.images as { caption: string }[];
    expect(gallery.map((i) => i.caption)).toEqual(['Hồ Gươm trong sương sớm', 'Phố cổ về đêm']);
    expect(nodesOf(body, 'heading')[0]!.attrs).toEqual({ level: 3 });

    const safe = sanitizeDoc(body);
    expect(safe.map((b) => b.type)).toEqual(body.content!.map((n) => n.type));
    expect(safe.find((b) => b.type === 'embed')).toMatchObject({ provider: 'youtube', id: 'dQw4w9WgXcQ' });
    expect(safe.find((b) => b.type === 'table')).toMatchObject({ rows: [[{ header: true }, { header: true }], [{}, {}], [{}, {}]] });
    const gallerySafe = safe.find((b) => b.type === 'gallery');
    expect(gallerySafe && 'images' in gallerySafe ? gallerySafe.images.length : 0).toBe(2);
    expect(story.bodyText).toContain('Ô quảng cáo');
    expect(JSON.stringify(body)).not.toContain('<script');
  });

  it('keeps a draft a draft, without a publication date', async () => {
    const draft = (await articleByTitle('Bản nháp về giá xăng'))!;
    expect(draft).toMatchObject({ status: 'draft', publishedAt: null, slug: 'ban-nhap-ve-gia-xang' });
    expect(await articleByTitle('Ghi chú nội bộ')).toBeNull();
    expect(await articleByTitle('Bài đã bỏ')).toBeNull();
  });

  it('answers the old addresses: permalinks, /?p=ID, category and tag archives', async () => {
    const at = async (pathname: string, query: Record<string, string> = {}) => findOldPathTarget({ path: oldPathOfRequest(pathname, query)! });
    const story = { kind: 'article', sectionSlug: 'trong-nuoc', slug: 'ha-noi-don-mua-du-lich-moi' };
    expect(await at('/2024/03/16/ha-noi-don-mua-du-lich-moi/')).toEqual(story);
    expect(await at('/', { p: '7' })).toEqual(story);
    expect(await at('/', { p: '8' })).toEqual({ kind: 'article', sectionSlug: 'van-hoa', slug: 'khai-hoi-den-hung' });
    expect(await at('/category/thoi-su/trong-nuoc/')).toEqual({ kind: 'section', slug: 'trong-nuoc' });
    expect(await at('/', { cat: '2' })).toEqual({ kind: 'section', slug: 'thoi-su' });
    expect(await at('/tag/ha-noi')).toEqual({ kind: 'tag', slug: 'ha-noi' });
    expect(await at('/', { p: '10' })).toBeNull(); // the private post was not imported
    expect(await at('/2024/03/16/khong-co-bai-nay')).toBeNull();
  });

  it('changes nothing when run again', async () => {
    const before = await rowCounts();
    const again = await importWordPress({ file: FIXTURE, uploadsDir: UPLOADS });
    for (const count of Object.values(again.counts)) expect(count.imported).toBe(0);
    expect(again.counts.posts.unchanged).toBe(3);
    expect(again.counts.sections.unchanged).toBe(3);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a file that is not a WordPress export and changes nothing', async () => {
    const before = await rowCounts();
    const html = path.join(scratch, 'page.html');
    fs.writeFileSync(html, '<html><body><p>Không phải tệp xuất</p></body></html>');
    await expect(importWordPress({ file: html, uploadsDir: UPLOADS })).rejects.toBeInstanceOf(NotWxrError);
    const rss = path.join(scratch, 'feed.xml');
    fs.writeFileSync(rss, '<?xml version="1.0"?><rss version="2.0"><channel><title>Tin</title><item><title>Bài</title></item></channel></rss>');
    await expect(importWordPress({ file: rss, uploadsDir: UPLOADS })).rejects.toBeInstanceOf(NotWxrError);
    const text = path.join(scratch, 'notes.txt');
    fs.writeFileSync(text, 'chỉ là chữ');
    await expect(importWordPress({ file: text })).rejects.toBeInstanceOf(NotWxrError);
    expect(await rowCounts()).toEqual(before);
  });

  it('writes nothing on a dry run, and says what it would do', async () => {
    const before = await rowCounts();
    // A category new to this database: the dry run must place posts in sections it has not made.
    const dry = await importWordPress({ file: variant('dry.xml', 'khac.example', (xml) => xml.replaceAll('trong-nuoc', 'trong-nuoc-moi')), uploadsDir: UPLOADS, dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(dry.counts.sections.imported).toBe(1);
    expect(dry.counts.posts.skipped.malformed).toBeUndefined();
    expect(dry.counts.posts.imported).toBe(3);
    expect(dry.counts.comments.imported).toBe(3);
    expect(await rowCounts()).toEqual(before);
  });

  it('skips a malformed item, reports its line, and imports the rest', async () => {
    const file = variant('broken.xml', 'hong.example', (xml) =>
      xml.replace('<wp:post_id>8</wp:post_id>', '<wp:post_id>tám</wp:post_id>').replace('2024-03-16 02:30:00]]></wp:post_date_gmt>', 'hôm qua]]></wp:post_date_gmt>').replace('2024-03-16 09:30:00]]></wp:post_date>', 'hôm qua]]></wp:post_date>'),
    );
    const brokenLines = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.includes('<item>') ? [i + 1] : []));
    const result = await importWordPress({ file, uploadsDir: UPLOADS });
    expect(result.counts.posts.skipped.malformed).toBe(2);
    expect(result.counts.posts.imported).toBe(1);
    const malformed = result.warnings.filter((w) => w.code === 'malformed');
    expect(malformed).toHaveLength(2);
    for (const warning of malformed) expect(brokenLines).toContain(warning.line);
    expect(malformed.map((w) => w.what).join(' ')).toContain('Khai hội đền Hùng');
    const draft = (await getDb()).select().from(articles).where(eq(articles.slug, 'ban-nhap-ve-gia-xang-2'));
    expect(await draft).toHaveLength(1);
  });

  it('resumes a run that stopped halfway, without doubling what it had done', async () => {
    const file = variant('resume.xml', 'tiep.example');
    const stop = new Error('stopped');
    // The run stops after the first post (the fourth item: three photos come first).
    await expect(
      importWordPress({
        file,
        uploadsDir: UPLOADS,
        onProgress: (done) => {
          if (done === 4) throw stop;
        },
      }),
    ).rejects.toBe(stop);
    const db = await getDb();
    const titled = async () => (await db.select({ id: articles.id }).from(articles).where(eq(articles.title, 'Khai hội đền Hùng năm Giáp Thìn'))).length;
    const before = await titled();
    const rest = await importWordPress({ file, uploadsDir: UPLOADS });
    expect(rest.counts.posts.unchanged).toBe(1);
    expect(rest.counts.posts.imported).toBe(2);
    expect(rest.counts.sections.unchanged).toBe(3);
    expect(await titled()).toBe(before + 1);
  });
});
