import 'server-only';
import { randomBytes } from 'node:crypto';
import { generateDemoStories, type DemoStory } from '@/db/seed/demo-stories';
import { analyzeLoadedTables, articleSlugExists, existingArticleSlugs, insertArticles, insertMedia, insertMissingStaff, upsertSections, upsertTags, type SeedArticle } from '@/db/queries/seed';
import type { RichTextNode } from '@/db/schema/articles';
import type { Role } from '@/db/schema/users';
import { deriveSearchFields } from '../articles/derive';
import { hashPassword } from '../auth/passwords';
import { paragraphsToDoc } from '../articles/rich-text';
import { slugify } from '../format/slug';
import { drawDemoPhoto } from '../media/generate';
import { mediaStorage } from '../media/storage';
import { readReferenceStory } from './seed-article';
import { seedDemoViews } from '@/db/queries/views';
import { seedDemoComments } from '../comments/demo';
import { seedDemoPages } from './pages';
import { DEMO_PASSWORD, publishedPasswordAllowed } from './password';

export const DEMO_SECTIONS = [
  { slug: 'thoi-su', name: 'Thời sự', description: 'Tin thời sự trong tỉnh và cả nước.' },
  { slug: 'xay-dung-dang', name: 'Xây dựng Đảng', description: 'Công tác xây dựng Đảng và hệ thống chính trị.' },
  { slug: 'kinh-te', name: 'Kinh tế', description: 'Đầu tư, sản xuất, nông nghiệp, doanh nghiệp.' },
  { slug: 'xa-hoi', name: 'Xã hội', description: 'Giáo dục, y tế, lao động, an sinh xã hội.' },
  { slug: 'van-hoa', name: 'Văn hóa', description: 'Văn hóa, văn nghệ, du lịch, lễ hội.' },
  { slug: 'the-thao', name: 'Thể thao', description: 'Bóng đá, điền kinh và phong trào thể thao.' },
  { slug: 'phap-luat', name: 'Pháp luật', description: 'An ninh trật tự, tòa án, an toàn giao thông.' },
  { slug: 'quoc-te', name: 'Quốc tế', description: 'Tin thế giới, ASEAN và đối ngoại.' },
] as const;

/** Demo staff: one account per role, plus more writers for bylines. */
export const DEMO_STAFF: { email: string; name: string; role: Role; bio: string }[] = [
  { email: 'ngotuananh@toasoan.vn', name: 'Ngô Tuấn Anh', role: 'writer', bio: 'Phóng viên ban Xây dựng Đảng, phụ trách địa bàn thành phố Phúc Yên.' },
  { email: 'tranminhha@toasoan.vn', name: 'Trần Minh Hà', role: 'writer', bio: 'Phóng viên ban Kinh tế.' },
  { email: 'lethutrang@toasoan.vn', name: 'Lê Thu Trang', role: 'writer', bio: 'Phóng viên ban Văn hóa – Xã hội.' },
  { email: 'bientap@toasoan.vn', name: 'Phạm Quang Huy', role: 'editor', bio: 'Biên tập viên ban Thời sự.' },
  { email: 'kiemduyet@toasoan.vn', name: 'Đỗ Thị Lan', role: 'moderator', bio: '' },
  { email: 'quantri@toasoan.vn', name: 'Nguyễn Hoàng Nam', role: 'admin', bio: '' },
];

export const SEED_ARTICLE_SLUG = 'phuong-hung-vuong-xay-dung-to-chuc-co-so-dang-tsvm';
export const SEED_ARTICLE_SECTION = 'xay-dung-dang';
const SEED_ARTICLE_TAGS = ['Xây dựng Đảng', 'Phúc Yên', 'Tổ chức cơ sở Đảng', 'Chi bộ trong sạch vững mạnh'];

type Log = (line: string) => void;

async function storePhoto(seed: number, alt: string, caption: string, credit: string): Promise<number> {
  const key = `demo/photo-${seed}.jpg`;
  const data = await drawDemoPhoto(seed);
  await mediaStorage().put(key, data);
  return insertMedia({ key, mime: 'image/jpeg', size: data.length, width: 1200, height: 800, alt, caption, credit });
}

/** Tag ids by name, creating missing tags; `known` remembers them across one seeding run. */
async function tagIdsFor(names: string[], known = new Map<string, number>()): Promise<number[]> {
  const rows = names.map((name) => ({ name, slug: slugify(name) }));
  const missing = rows.filter((r) => !known.has(r.slug));
  if (missing.length) for (const [slug, id] of await upsertTags(missing)) known.set(slug, id);
  return rows.map((r) => known.get(r.slug)).filter((id): id is number => id !== undefined);
}

function storyBody(story: DemoStory): RichTextNode {
  const doc = paragraphsToDoc(story.paragraphs);
  const blocks = doc.content!;
  if (story.subheading) {
    const middle = Math.ceil(blocks.length / 2);
    blocks.splice(middle, 0, { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: story.subheading }] });
  }
  if (story.quote) {
    blocks.splice(2, 0, { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: story.quote }] }] });
  }
  return doc;
}

function articleRow(input: {
  slug: string;
  sectionId: number;
  title: string;
  sapo: string;
  body: RichTextNode;
  creditLine: string;
  featuredMediaId: number;
  publishedAt: Date;
  authorIds: number[];
  tagIds: number[];
}): SeedArticle {
  return {
    ...input,
    ...deriveSearchFields(input),
    status: 'published',
    createdBy: input.authorIds[0],
    createdAt: input.publishedAt,
    updatedAt: input.publishedAt,
  };
}

async function seedReferenceStory(sectionIds: Map<string, number>, staffIds: Map<string, number>, log: Log) {
  if (await articleSlugExists(SEED_ARTICLE_SLUG)) return;
  const story = readReferenceStory();
  const photo = await storePhoto(2022, 'Chi ủy Chi bộ Tổ dân phố 6 họp bàn kế hoạch', story.caption, 'Ảnh: Ngô Tuấn Anh');
  const row = articleRow({
    slug: SEED_ARTICLE_SLUG,
    sectionId: sectionIds.get(SEED_ARTICLE_SECTION)!,
    title: story.title,
    sapo: story.sapo,
    body: paragraphsToDoc(story.paragraphs),
    creditLine: story.creditLine,
    featuredMediaId: photo,
    publishedAt: new Date('2022-01-20T08:30:00+07:00'),
    authorIds: [staffIds.get('ngotuananh@toasoan.vn')!],
    tagIds: await tagIdsFor(SEED_ARTICLE_TAGS),
  });
  await insertArticles([row]);
  log(`  bài mẫu: /${SEED_ARTICLE_SECTION}/${SEED_ARTICLE_SLUG}`);
}

async function seedStories(
  stories: DemoStory[],
  photoFor: (index: number, story: DemoStory) => Promise<number>,
  sectionIds: Map<string, number>,
  writerIds: number[],
  now: Date,
  log: Log,
  { skipExisting = false }: { skipExisting?: boolean } = {},
): Promise<number> {
  const BATCH = 500;
  const knownTags = new Map<string, number>();
  let inserted = 0;
  for (let start = 0; start < stories.length; start += BATCH) {
    const batch = stories.slice(start, start + BATCH);
    // With skipExisting, stories already there are not built again: PostgreSQL computes a row's search
    // vectors before it finds the conflict, and a second run at 100,000 stories spent 80 s on that
    // alone. Without it (the demo), each story's photo is drawn and stored again, in case it was lost.
    const existing = skipExisting ? await existingArticleSlugs(batch.map((story) => slugify(story.title))) : new Set<string>();
    const rows: SeedArticle[] = [];
    for (const [offset, story] of batch.entries()) {
      const index = start + offset;
      if (existing.has(slugify(story.title))) continue;
      rows.push(
        articleRow({
          slug: slugify(story.title),
          sectionId: sectionIds.get(story.sectionSlug)!,
          title: story.title,
          sapo: story.sapo,
          body: storyBody(story),
          creditLine: story.creditLine,
          featuredMediaId: await photoFor(index, story),
          publishedAt: new Date(now.getTime() - story.hoursAgo * 3_600_000),
          authorIds: [writerIds[index % writerIds.length]!],
          tagIds: await tagIdsFor(story.tags, knownTags),
        }),
      );
    }
    inserted += await insertArticles(rows);
    if (stories.length > BATCH) log(`  ${Math.min(start + BATCH, stories.length)}/${stories.length} bài`);
  }
  return inserted;
}

/**
 * How demo staff sign in. `known`: all share one password (knownAccountsPassword).
 * `random`: each new account gets a password of its own, returned once to be printed and
 * never stored in clear; on PostgreSQL nothing may have a password printed in the README.
 */
export type DemoAccounts = 'known' | 'random';
export type NewDemoAccount = { email: string; role: Role; password: string };

/**
 * The one password demo accounts share, or null where they may not share one. A test server
 * (NODE_ENV=test, as the e2e and cluster servers seed) uses TEST_STAFF_PASSWORD, a random one of
 * its own (scripts/test-password.mjs). The published DEMO_PASSWORD goes only to PGlite, the demo
 * on a laptop: on PostgreSQL a real newsroom may be listening, so it is never set there, and
 * sign-in refuses it there too (lib/auth/sign-in.ts).
 */
export function knownAccountsPassword(): string | null {
  const test = process.env.NODE_ENV === 'test' ? process.env.TEST_STAFF_PASSWORD : undefined;
  if (test && test.length >= 12 && test !== DEMO_PASSWORD) return test;
  return publishedPasswordAllowed() ? DEMO_PASSWORD : null;
}

/** Whether demo accounts may share a password here (see knownAccountsPassword). */
export function knownAccountsAllowed(): boolean {
  return knownAccountsPassword() !== null;
}

async function seedBase(accounts: DemoAccounts) {
  const known = accounts === 'known' ? knownAccountsPassword() : null;
  if (accounts === 'known' && !known) {
    throw new Error('Demo accounts sharing a password are refused on PostgreSQL outside a test server (NODE_ENV=test with TEST_STAFF_PASSWORD).');
  }
  const sectionIds = await upsertSections(DEMO_SECTIONS.map((s, position) => ({ ...s, position })));
  const knownHash = known ? await hashPassword(known) : null;
  const passwords = new Map(DEMO_STAFF.map((s) => [s.email, known ?? randomBytes(12).toString('base64url')]));
  const rows = await Promise.all(
    DEMO_STAFF.map(async (s) => ({ ...s, slug: slugify(s.name), passwordHash: knownHash ?? (await hashPassword(passwords.get(s.email)!)) })),
  );
  const { ids: staffIds, created } = await insertMissingStaff(rows);
  const writerIds = DEMO_STAFF.filter((s) => s.role === 'writer').map((s) => staffIds.get(s.email)!);
  const newAccounts: NewDemoAccount[] = DEMO_STAFF.filter((s) => created.has(s.email)).map((s) => ({ email: s.email, role: s.role, password: passwords.get(s.email)! }));
  return { sectionIds, staffIds, writerIds, newAccounts };
}

/** The demo newsroom: sections, staff, the reference story and `count` illustrated stories. */
const DEMO_COUNT = 72;
const DEMO_SEED = 1;

export async function seedDemoContent({ log = console.log, accounts = 'known' }: { log?: Log; accounts?: DemoAccounts } = {}) {
  const { sectionIds, staffIds, writerIds, newAccounts } = await seedBase(accounts);
  await seedReferenceStory(sectionIds, staffIds, log);
  const stories = generateDemoStories(DEMO_COUNT, DEMO_SEED);
  const inserted = await seedStories(
    stories,
    (index, story) => storePhoto(index + 1, story.imageAlt, story.imageCaption, story.imageCredit),
    sectionIds,
    writerIds,
    new Date(),
    log,
  );
  log(`  ${inserted} bài demo mới`);
  const comments = await seedDemoComments([SEED_ARTICLE_SLUG, ...stories.slice(0, 2).map((s) => slugify(s.title))]);
  if (comments) log(`  ${comments} ý kiến bạn đọc demo`);
  await seedDemoViews({ stories: 12, now: new Date() });
  const pages = await seedDemoPages();
  if (pages) log(`  ${pages} trang tĩnh demo`);
  await analyzeLoadedTables();
  return { newAccounts };
}

/** A large dataset for benchmarks: `count` more stories sharing a pool of photographs. */
export async function seedBulkContent({ count, log = console.log, accounts = 'known' }: { count: number; log?: Log; accounts?: DemoAccounts }) {
  const { sectionIds, writerIds } = await seedBase(accounts);
  const pool = new Map<number, number>();
  const POOL_SIZE = 24;
  const photoFor = async (index: number, story: DemoStory) => {
    const slot = index % POOL_SIZE;
    if (!pool.has(slot)) pool.set(slot, await storePhoto(1000 + slot, story.imageAlt, story.imageCaption, story.imageCredit));
    return pool.get(slot)!;
  };
  // The continuation of the demo sequence: titles never repeat the demo stories', and
  // running the same command twice adds nothing.
  const stories = generateDemoStories(DEMO_COUNT + count, DEMO_SEED).slice(DEMO_COUNT);
  const inserted = await seedStories(stories, photoFor, sectionIds, writerIds, new Date(), log, { skipExisting: true });
  await analyzeLoadedTables();
  log(`  ${inserted} bài mới cho bộ dữ liệu lớn`);
}
