import { beforeAll, describe, expect, it, vi } from 'vitest';
import { sessionMock, signInAs } from '../support/as-user';
import { makeSection, makeStaff } from '../support/staff';
import { storyFields } from '../support/stories';

vi.mock('@/lib/auth/session', () => sessionMock);
// Outside a Next.js server there is no data cache: the reader functions read straight through.
vi.mock('next/cache', async (original) => ({ ...(await original<typeof import('next/cache')>()), unstable_cache: <T>(fn: T) => fn }));

import { listPinnedPublicCards } from '@/db/queries/curation';
import { getSectionById } from '@/db/queries/sections-admin';
import { getTagById, listTagsWithCounts } from '@/db/queries/tags-admin';
import { findRenamedSlug, getTagBySlug, listSections } from '@/db/queries/taxonomy';
import { listTagArticles } from '@/db/queries/public-articles';
import type { Role } from '@/db/schema/users';
import { createArticleAction, publishArticleAction, unpublishArticleAction } from '@/lib/actions/articles';
import { clearBreakingAction, findPinnableAction, pinStoryAction, setBreakingAction, unpinSlotAction } from '@/lib/actions/curation';
import { createSectionAction, moveSectionAction, updateSectionAction } from '@/lib/actions/sections';
import { mergeTagsAction, renameTagAction } from '@/lib/actions/tags';
import { getHomeEdition } from '@/lib/articles/home-edition';
import { toVietnamLocal } from '@/lib/articles/visibility';
import { getLiveBreaking } from '@/lib/curation/breaking';
import type { ArticleFields } from '@/lib/validation/article';

let sectionId = 0;
const people = {} as Record<Role, { id: number; name: string; email: string; role: Role }>;
const unique = () => Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  sectionId = await makeSection('thoi-su', 'Thời sự');
  Object.assign(people, await makeStaff('tx.vn', { writer: 'writer', editor: 'editor', moderator: 'moderator', admin: 'admin' }));
});

function fields(overrides: Partial<ArticleFields> = {}): ArticleFields {
  return storyFields(sectionId, { title: `Tin thử ${unique()}`, ...overrides });
}

async function publishedStory(overrides: Partial<ArticleFields> = {}, publishAt: string | null = null) {
  signInAs(people.editor);
  const f = fields(overrides);
  const created = await createArticleAction(f);
  if (!created.ok) throw new Error(created.error);
  const { id, version } = created.data as { id: number; version: number };
  const published = await publishArticleAction({ id, baseVersion: version, fields: f, publishAt });
  if (!published.ok) throw new Error(published.error);
  return published.data as { id: number; version: number; slug: string };
}

async function newSection(name = `Mục ${unique()}`, parentId: number | null = null) {
  signInAs(people.editor);
  const created = await createSectionAction({ name, slug: '', description: '', parentId });
  if (!created.ok) throw new Error(created.error);
  return created.data;
}

describe('who may manage sections, tags and the home page', () => {
  for (const role of ['writer', 'moderator', null] as const) {
    it(`${role ?? 'signed out'} is refused`, async () => {
      const section = await newSection();
      const story = await publishedStory({ tags: [`Thẻ ${unique()}`] });
      const tag = (await listTagsWithCounts({ q: '', slugQ: '', limit: 1000 }))[0]!;
      signInAs(role ? people[role] : null);
      const attempts = await Promise.all([
        createSectionAction({ name: `Mục ${unique()}`, slug: '', description: '', parentId: null }),
        updateSectionAction({ id: section.id, name: 'Đổi', slug: `doi-${unique()}`, description: '', parentId: null }),
        moveSectionAction({ id: section.id, direction: 'up' }),
        renameTagAction({ id: tag.id, name: 'Đổi', slug: '' }),
        mergeTagsAction({ fromId: tag.id, intoId: tag.id + 1 }),
        pinStoryAction({ position: 1, articleId: story.id }),
        unpinSlotAction({ position: 1 }),
        findPinnableAction({ q: '' }),
        setBreakingAction({ text: 'Tin', href: '', expiresAt: toVietnamLocal(new Date(Date.now() + 3600_000)) }),
        clearBreakingAction({}),
      ]);
      for (const attempt of attempts) expect(attempt.ok).toBe(false);
      expect((await getSectionById({ id: section.id }))?.slug).toBe(section.slug);
    });
  }

  it('an admin may', async () => {
    signInAs(people.admin);
    expect((await createSectionAction({ name: `Mục ${unique()}`, slug: '', description: '', parentId: null })).ok).toBe(true);
  });
});

describe('sections', () => {
  it('makes the slug from the name without diacritics and refuses reserved and taken slugs', async () => {
    const name = `Đời sống ${unique()}`;
    const section = await newSection(name);
    expect(section.slug).toMatch(/^doi-song-[a-z0-9]+$/);
    const reserved = await createSectionAction({ name: 'Tìm kiếm', slug: 'tim-kiem', description: '', parentId: null });
    expect(reserved.ok).toBe(false);
    if (!reserved.ok) expect(reserved.fieldErrors?.slug?.[0]).toContain('tim-kiem');
    const taken = await createSectionAction({ name, slug: '', description: '', parentId: null });
    expect(taken.ok).toBe(false);
    expect((await updateSectionAction({ id: section.id, name: 'Admin', slug: 'admin', description: '', parentId: null })).ok).toBe(false);
  });

  it('a rename leaves a redirect from the old slug', async () => {
    const section = await newSection();
    const renamed = await updateSectionAction({ id: section.id, name: 'Tên mới', slug: `ten-moi-${unique()}`, description: 'Mô tả', parentId: null });
    expect(renamed.ok).toBe(true);
    if (!renamed.ok) return;
    expect(await findRenamedSlug({ kind: 'section', oldSlug: section.slug })).toBe(renamed.data.slug);
  });

  it('nests one level, refuses cycles and deeper nesting', async () => {
    const parent = await newSection();
    const child = await newSection(undefined, parent.id);
    const other = await newSection();
    expect((await getSectionById({ id: child.id }))?.parentId).toBe(parent.id);
    const cycle = await updateSectionAction({ id: parent.id, name: 'Cha', slug: parent.slug, description: '', parentId: child.id });
    expect(cycle.ok).toBe(false);
    if (!cycle.ok) expect(cycle.fieldErrors?.parentId?.[0]).toMatch(/chính nó/);
    const self = await updateSectionAction({ id: parent.id, name: 'Cha', slug: parent.slug, description: '', parentId: parent.id });
    expect(self.ok).toBe(false);
    const deeper = await updateSectionAction({ id: other.id, name: 'Khác', slug: other.slug, description: '', parentId: child.id });
    expect(deeper.ok).toBe(false);
    expect((await getSectionById({ id: parent.id }))?.parentId).toBeNull();
  });

  it('moves a section up and down among its siblings', async () => {
    const parent = await newSection();
    const a = await newSection('A ' + unique(), parent.id);
    const b = await newSection('B ' + unique(), parent.id);
    const order = async () => (await listSections()).filter((s) => s.parentId === parent.id).map((s) => s.id);
    expect(await order()).toEqual([a.id, b.id]);
    expect((await moveSectionAction({ id: b.id, direction: 'up' })).ok).toBe(true);
    expect(await order()).toEqual([b.id, a.id]);
    await moveSectionAction({ id: a.id, direction: 'down' }); // already last: no change
    expect(await order()).toEqual([b.id, a.id]);
  });
});

describe('tags', () => {
  it('a rename leaves a redirect from the old slug', async () => {
    const name = `Giao thông ${unique()}`;
    await publishedStory({ tags: [name] });
    const tag = (await listTagsWithCounts({ q: name, slugQ: '', limit: 5 }))[0]!;
    expect(tag.stories).toBe(1);
    signInAs(people.editor);
    const renamed = await renameTagAction({ id: tag.id, name: `An toàn giao thông ${unique()}`, slug: '' });
    expect(renamed.ok).toBe(true);
    if (!renamed.ok) return;
    expect(renamed.data.slug).toMatch(/^an-toan-giao-thong-/);
    expect(await findRenamedSlug({ kind: 'tag', oldSlug: tag.slug })).toBe(renamed.data.slug);
  });

  it('a merge moves the stories without duplicates, deletes the tag and redirects its slug', async () => {
    const a = `Thẻ A ${unique()}`;
    const b = `Thẻ B ${unique()}`;
    const onlyA = await publishedStory({ tags: [a] });
    const both = await publishedStory({ tags: [a, b] });
    const onlyB = await publishedStory({ tags: [b] });
    const tagA = (await listTagsWithCounts({ q: a, slugQ: '', limit: 1 }))[0]!;
    const tagB = (await listTagsWithCounts({ q: b, slugQ: '', limit: 1 }))[0]!;
    signInAs(people.editor);
    expect((await mergeTagsAction({ fromId: tagA.id, intoId: tagA.id })).ok).toBe(false);
    const merged = await mergeTagsAction({ fromId: tagA.id, intoId: tagB.id });
    expect(merged.ok).toBe(true);
    expect(await getTagById({ id: tagA.id })).toBeNull();
    expect(await getTagBySlug({ slug: tagA.slug })).toBeNull();
    expect(await findRenamedSlug({ kind: 'tag', oldSlug: tagA.slug })).toBe(tagB.slug);
    const stories = await listTagArticles({ tagId: tagB.id, limit: 10 });
    expect(stories.map((s) => s.id).sort()).toEqual([onlyA.id, both.id, onlyB.id].sort());
  });
});

describe('home curation', () => {
  it('a pinned story leads the home edition, and is skipped once unpublished', async () => {
    const old = await publishedStory();
    const newer = await publishedStory();
    signInAs(people.editor);
    const found = await findPinnableAction({ q: old.slug.split('-').slice(2).join(' ') });
    expect(found.ok && found.data.some((s) => s.id === old.id)).toBe(true);
    expect((await pinStoryAction({ position: 1, articleId: old.id })).ok).toBe(true);
    expect((await pinStoryAction({ position: 2, articleId: newer.id })).ok).toBe(true);
    let edition = await getHomeEdition();
    expect(edition.top?.id).toBe(old.id);
    expect(edition.latest[0]?.id).toBe(newer.id);
    expect(edition.latest.filter((s) => s.id === old.id || s.id === newer.id)).toHaveLength(1);

    const unpublished = await unpublishArticleAction({ id: old.id, baseVersion: old.version });
    expect(unpublished.ok).toBe(true);
    expect((await listPinnedPublicCards()).map((p) => p.card.id)).toEqual([newer.id]);
    edition = await getHomeEdition();
    expect(edition.top?.id).not.toBe(old.id);
    expect(edition.latest[0]?.id).toBe(newer.id);
    expect((await pinStoryAction({ position: 3, articleId: old.id })).ok).toBe(false); // no longer published

    // A scheduled story is found, marked as such, and may be pinned ahead of its time.
    const later = await publishedStory({}, new Date(Date.now() + 3 * 3600_000).toISOString());
    const search = await findPinnableAction({ q: later.slug.split('-').slice(2).join(' ') });
    expect(search.ok && search.data.find((s) => s.id === later.id)).toMatchObject({ scheduled: true });
    expect(found.ok && found.data.find((s) => s.id === old.id)).toMatchObject({ scheduled: false });

    await unpinSlotAction({ position: 1 });
    await unpinSlotAction({ position: 2 });
    expect(await listPinnedPublicCards()).toEqual([]);
  });

  it('a breaking banner shows until its expiry and can be removed', async () => {
    signInAs(people.editor);
    const past = await setBreakingAction({ text: 'Tin cũ', href: '', expiresAt: toVietnamLocal(new Date(Date.now() - 60_000)) });
    expect(past.ok).toBe(false);
    const badLink = await setBreakingAction({ text: 'Tin', href: 'javascript:alert(1)', expiresAt: toVietnamLocal(new Date(Date.now() + 3600_000)) });
    expect(badLink.ok).toBe(false);
    const inAnHour = new Date(Date.now() + 3600_000);
    const set = await setBreakingAction({ text: 'Bão số 3 đổ bộ', href: '/thoi-su/bao', expiresAt: toVietnamLocal(inAnHour) });
    expect(set.ok).toBe(true);
    expect((await getLiveBreaking())?.text).toBe('Bão số 3 đổ bộ');
    expect(await getLiveBreaking(new Date(inAnHour.getTime() + 60_000))).toBeNull();
    expect((await clearBreakingAction({})).ok).toBe(true);
    expect(await getLiveBreaking()).toBeNull();
  });
});
