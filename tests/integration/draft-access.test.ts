import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { media } from '@/db/schema/media';
import type { Role } from '@/db/schema/users';
import { createArticleAction, editorPresenceAction, publishArticleAction } from '@/lib/actions/articles';
import { updateMediaDetailsAction } from '@/lib/actions/media';
import { articleEditorData } from '@/lib/articles/editing';
import { articleHistory } from '@/lib/articles/history';
import { articlePreview } from '@/lib/articles/preview';
import { messages } from '@/lib/i18n/messages';
import type { ArticleFields } from '@/lib/validation/article';
import { signInAs, signOutUser } from '../support/as-user';
import { makeSection, makeStaff } from '../support/staff';
import { storyFields } from '../support/stories';

vi.mock('@/lib/auth/session', async () => (await import('../support/as-user')).sessionMock);

type Person = { id: number; name: string; email: string; role: Role };
const people: Record<'writer' | 'colleague' | 'editor' | 'admin' | 'moderator', Person> = {} as never;
let sectionId = 0;

beforeAll(async () => {
  sectionId = await makeSection('truy-cap', 'Truy cập');
  Object.assign(people, await makeStaff('access.vn', { writer: 'writer', colleague: 'writer', editor: 'editor', admin: 'admin', moderator: 'moderator' }));
});

function fields(overrides: Partial<ArticleFields> = {}): ArticleFields {
  return storyFields(sectionId, { title: `Tin riêng ${Math.random().toString(36).slice(2, 8)}`, sapo: 'Sapo.', ...overrides });
}

async function storyBy(who: Person, options: { publish?: boolean; featuredMediaId?: number } = {}) {
  signInAs(who);
  const created = await createArticleAction(fields({ featuredMediaId: options.featuredMediaId ?? null }));
  if (!created.ok) throw new Error(created.error);
  const story = created.data as { id: number; version: number };
  if (options.publish) {
    signInAs(people.editor);
    const published = await publishArticleAction({ id: story.id, baseVersion: story.version, fields: fields({ featuredMediaId: options.featuredMediaId ?? null }), publishAt: null });
    if (!published.ok) throw new Error(published.error);
  }
  return story;
}

/** What each way into a story in the dashboard answers for this person. */
async function views(who: Person, id: number) {
  signInAs(who);
  const presence = await editorPresenceAction({ id });
  return {
    editor: (await articleEditorData(who, id)) !== null,
    preview: (await articlePreview(who, id)) !== null,
    history: (await articleHistory(who, id, null)) !== null,
    presence: presence.ok,
  };
}

const all = (v: boolean) => ({ editor: v, preview: v, history: v, presence: v });

describe("a colleague's unpublished story", () => {
  it('answers as missing to another writer, and opens for its writer, editors and admins', async () => {
    const draft = await storyBy(people.colleague);
    expect(await views(people.writer, draft.id)).toEqual(all(false));
    signInAs(people.writer);
    expect(await editorPresenceAction({ id: draft.id })).toEqual({ ok: false, error: messages.articles.notFound });
    expect(await views(people.colleague, draft.id)).toEqual(all(true));
    expect(await views(people.editor, draft.id)).toEqual(all(true));
    expect(await views(people.admin, draft.id)).toEqual(all(true));
  });

  it('a published story opens for every writer', async () => {
    const story = await storyBy(people.colleague, { publish: true });
    expect(await views(people.writer, story.id)).toEqual(all(true));
  });

  it('moderators and signed-out visitors open no story', async () => {
    const story = await storyBy(people.colleague, { publish: true });
    const moderator = await views(people.moderator, story.id);
    expect(moderator).toEqual(all(false));
    signOutUser();
    expect((await editorPresenceAction({ id: story.id })).ok).toBe(false);
  });
});

describe('photo details', () => {
  let serial = 0;
  async function photo(uploadedBy: Person) {
    const db = await getDb();
    const key = `uploads/access/${Date.now()}-${++serial}.jpg`;
    const [row] = await db.insert(media).values({ key, mime: 'image/jpeg', size: 10, width: 10, height: 10, alt: 'Ảnh thử', uploadedBy: uploadedBy.id }).returning();
    return row!;
  }
  const details = (id: number) => ({ id, alt: 'Mô tả mới', caption: 'Chú thích mới', credit: 'Ảnh: mới', focalX: 0.5, focalY: 0.5 });

  it('a writer edits their own unused photo, not a colleague’s, nor their own once a published story uses it', async () => {
    const own = await photo(people.writer);
    const colleagues = await photo(people.colleague);
    const usedFeatured = await photo(people.writer);
    const usedInBody = await photo(people.writer);
    await storyBy(people.writer, { publish: true, featuredMediaId: usedFeatured.id });
    signInAs(people.editor);
    const withFigure = await storyBy(people.writer);
    signInAs(people.editor);
    const body = { type: 'doc', content: [{ type: 'figure', attrs: { key: usedInBody.key, width: 10, height: 10, alt: 'a', caption: '', credit: '' } }] };
    const published = await publishArticleAction({ id: withFigure.id, baseVersion: withFigure.version, fields: fields({ body: body as ArticleFields['body'] }), publishAt: null });
    expect(published.ok).toBe(true);

    signInAs(people.writer);
    expect((await updateMediaDetailsAction(details(own.id))).ok).toBe(true);
    expect(await updateMediaDetailsAction(details(colleagues.id))).toEqual({ ok: false, error: messages.auth.forbidden });
    expect(await updateMediaDetailsAction(details(usedFeatured.id))).toEqual({ ok: false, error: messages.auth.forbidden });
    expect(await updateMediaDetailsAction(details(usedInBody.id))).toEqual({ ok: false, error: messages.auth.forbidden });
    for (const who of [people.editor, people.admin]) {
      signInAs(who);
      expect((await updateMediaDetailsAction(details(colleagues.id))).ok).toBe(true);
      expect((await updateMediaDetailsAction(details(usedFeatured.id))).ok).toBe(true);
    }
  });
});
