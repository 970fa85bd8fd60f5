import { asc, count, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { signInAs } from '../support/as-user';
import { getDb } from '@/db/client';
import { listFeedDetails } from '@/db/queries/feeds';
import { insertArticles, upsertSections } from '@/db/queries/seed';
import { articles } from '@/db/schema/articles';
import { media } from '@/db/schema/media';
import { auditLog, siteSettings } from '@/db/schema/site';
import { users, type Role } from '@/db/schema/users';
import { saveFeedSettingsAction } from '@/lib/actions/feeds';
import { deriveSearchFields } from '@/lib/articles/derive';
import { paragraphsToDoc } from '@/lib/articles/rich-text';
import { PERMISSIONS } from '@/lib/auth/permissions';
import { FEED_SETTINGS_KEY } from '@/lib/feeds/settings';
import { messages } from '@/lib/i18n/messages';

vi.mock('@/lib/auth/session', async () => (await import('../support/as-user')).sessionMock);

const run = Math.random().toString(36).slice(2, 7);
let serial = 0;

async function makeStaff(role: Role, name = `Nhân viên ${run}-${++serial}`) {
  const db = await getDb();
  const tag = `${run}-${++serial}`;
  const [row] = await db
    .insert(users)
    .values({ email: `rss-${tag}@toasoan.vn`, name, slug: `rss-${tag}`, role, passwordHash: 'x', active: true })
    .returning({ id: users.id, name: users.name, email: users.email, role: users.role });
  return row!;
}

async function snapshot() {
  const db = await getDb();
  const [audits] = await db.select({ n: count() }).from(auditLog);
  return { settings: await db.select().from(siteSettings).orderBy(asc(siteSettings.key)), audits: audits!.n };
}

describe('feed settings', () => {
  for (const role of ['writer', 'editor', 'moderator', 'admin', null] as (Role | null)[]) {
    const allowed = role !== null && (PERMISSIONS['feeds.configure'] as readonly Role[]).includes(role);
    it(`full text in feeds: ${role ?? 'signed out'} ${allowed ? 'may' : 'may not'} turn it on`, async () => {
      const actor = await makeStaff(role ?? 'writer');
      signInAs(role ? { ...actor, role, sessionVersion: 1 } as never : null);
      const before = await snapshot();
      const result = await saveFeedSettingsAction({ fullText: true });
      const db = await getDb();
      const [stored] = await db.select().from(siteSettings).where(eq(siteSettings.key, FEED_SETTINGS_KEY));
      if (allowed) {
        expect(result).toEqual({ ok: true, data: undefined, message: messages.feeds.saved });
        expect(stored?.value).toEqual({ fullText: true });
        await db.delete(siteSettings).where(eq(siteSettings.key, FEED_SETTINGS_KEY));
      } else {
        expect(result).toEqual({ ok: false, error: role ? messages.auth.forbidden : messages.auth.signedOut });
        expect(await snapshot()).toEqual(before);
      }
    });
  }

  it('refuses a malformed setting and changes nothing', async () => {
    const actor = await makeStaff('editor');
    signInAs({ ...actor, role: 'editor', sessionVersion: 1 } as never);
    const before = await snapshot();
    const result = await saveFeedSettingsAction({ fullText: 'yes' } as never);
    expect(result).toMatchObject({ ok: false, error: messages.validation.fixFields });
    expect(await snapshot()).toEqual(before);
  });
});

describe('what a feed item carries', () => {
  it('names the staff authors, the photo’s real type and size, and the body only when asked', async () => {
    const db = await getDb();
    const sectionIds = await upsertSections([{ slug: `rss-${run}`, name: 'RSS', description: '', position: 80 }]);
    const [photo] = await db
      .insert(media)
      .values({ key: `rss/${run}.webp`, mime: 'image/webp', size: 48_213, width: 1200, height: 800, alt: 'Ảnh', caption: '', credit: '' } as never)
      .returning({ id: media.id });
    const a = await makeStaff('writer', `Lê Thu Trang ${run}`);
    const b = await makeStaff('writer', `Ngô Tuấn Anh ${run}`);
    const body = paragraphsToDoc(['Đoạn một.', 'Đoạn hai.']);
    await insertArticles([
      {
        slug: `rss-bai-${run}`,
        sectionId: sectionIds.get(`rss-${run}`)!,
        title: 'Bài RSS',
        sapo: 'Sapo.',
        body,
        ...deriveSearchFields({ title: 'Bài RSS', sapo: 'Sapo.', body }),
        status: 'published',
        publishedAt: new Date(),
        featuredMediaId: photo!.id,
        authorIds: [b.id, a.id],
        tagIds: [],
      } as never,
    ]);
    const [story] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, `rss-bai-${run}`));
    const sapoOnly = (await listFeedDetails({ ids: [story!.id], withBody: false })).get(story!.id);
    expect(sapoOnly).toEqual({ authors: [a.name, b.name], image: { mime: 'image/webp', size: 48_213 }, body: null });
    const full = (await listFeedDetails({ ids: [story!.id], withBody: true })).get(story!.id);
    expect(full?.body).toEqual(body);
    expect((await listFeedDetails({ ids: [], withBody: true })).size).toBe(0);
  });
});
