import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { getNewStoryBuffer } from '@/db/queries/draft-buffers';
import { articles } from '@/db/schema/articles';
import {
  autosaveArticleAction,
  autosaveNewArticleAction,
  createArticleAction,
  discardArticleAutosaveAction,
  discardNewArticleAutosaveAction,
  publishNewArticleAction,
  submitNewArticleAction,
} from '@/lib/actions/articles';
import { articleEditorData, newArticleEditorData } from '@/lib/articles/editing';
import { paragraphsToDoc } from '@/lib/articles/rich-text';
import { messages } from '@/lib/i18n/messages';
import type { ArticleFields } from '@/lib/validation/article';
import { signInAs, signOutUser } from '../support/as-user';
import { makeSection, makeStaff, type Person } from '../support/staff';
import { storyFields } from '../support/stories';

vi.mock('@/lib/auth/session', async () => (await import('../support/as-user')).sessionMock);

/*
 * "Viết bài mới" is autosaved before its first save (issue 9): one buffer per person, offered
 * back on the new-story page to that person only, deleted by the first save whatever it is, and
 * by "Bỏ qua". Bad input and refused roles leave every buffer as it was.
 */

type Who = 'writer' | 'writer2' | 'editor' | 'admin' | 'moderator';
let people: Record<Who, Person>;
let sectionId = 0;

beforeAll(async () => {
  sectionId = await makeSection('tu-luu-bai-moi', 'Tự lưu bài mới');
  people = await makeStaff('new-autosave.vn', { writer: 'writer', writer2: 'writer', editor: 'editor', admin: 'admin', moderator: 'moderator' });
});

const fields = (overrides: Partial<ArticleFields> = {}) => storyFields(sectionId, overrides);

/** What the new-story page offers this person, or null. */
async function offerFor(who: Person) {
  return (await newArticleEditorData(who)).autosave;
}

async function autosaveAs(who: Person, typed: ArticleFields) {
  signInAs(who);
  const saved = await autosaveNewArticleAction({ fields: typed });
  if (!saved.ok) throw new Error(saved.error);
  return saved.data.savedAt;
}

async function storyCount() {
  const db = await getDb();
  return (await db.select({ n: count() }).from(articles))[0]!.n;
}

describe('autosave of a new story, before its first save', () => {
  it('is kept for its writer only, as a buffer rather than a story, and offered back with every field', async () => {
    const stories = await storyCount();
    const typed = fields({ title: 'Mưa lớn ở Vĩnh Yên', sapo: 'Sapo đang gõ.', body: paragraphsToDoc(['Những chữ đầu tiên.']) as ArticleFields['body'], tags: ['Thời tiết'] });
    const savedAt = await autosaveAs(people.writer, typed);

    expect(await storyCount()).toBe(stories);
    const offer = await offerFor(people.writer);
    expect(offer?.savedAt).toBe((await getNewStoryBuffer({ userId: people.writer.id }))!.updatedAt.toISOString());
    expect(new Date(offer!.savedAt).getTime()).toBeLessThanOrEqual(new Date(savedAt).getTime());
    expect(offer?.fields).toEqual(typed);
    // Nobody else is offered it: not a colleague, not an editor.
    for (const other of [people.writer2, people.editor, people.admin]) expect(await offerFor(other)).toBeNull();
  });

  it('keeps one buffer per person: the latest words replace the earlier ones', async () => {
    await autosaveAs(people.writer2, fields({ title: 'Bản đầu' }));
    await autosaveAs(people.writer2, fields({ title: 'Bản sau' }));
    expect((await offerFor(people.writer2))?.fields.title).toBe('Bản sau');
  });

  it('keeps words typed before any title (a buffer is not a saved story)', async () => {
    await autosaveAs(people.admin, fields({ title: '', body: paragraphsToDoc(['Thân bài trước tiêu đề.']) as ArticleFields['body'] }));
    expect((await offerFor(people.admin))?.fields.title).toBe('');
    signInAs(people.admin);
    expect((await discardNewArticleAutosaveAction({})).ok).toBe(true);
  });

  it('is deleted by the first save, whichever action makes it, and only for the person who saved', async () => {
    const firstSaves: [Person, () => Promise<{ ok: boolean; error?: string }>][] = [
      [people.writer, () => createArticleAction(fields())],
      [people.writer, () => submitNewArticleAction(fields())],
      [people.editor, () => publishNewArticleAction({ fields: fields(), publishAt: null })],
      [people.editor, () => publishNewArticleAction({ fields: fields(), publishAt: new Date(Date.now() + 86_400_000).toISOString() })],
    ];
    for (const [who, save] of firstSaves) {
      await autosaveAs(who, fields({ title: 'Đang gõ dở' }));
      await autosaveAs(people.writer2, fields({ title: 'Bài của đồng nghiệp' }));
      signInAs(who);
      const saved = await save();
      expect(saved.ok, saved.error).toBe(true);
      expect(await offerFor(who)).toBeNull();
      expect((await offerFor(people.writer2))?.fields.title).toBe('Bài của đồng nghiệp');
    }
  });

  it('survives a first save that is refused: nothing typed is lost', async () => {
    await autosaveAs(people.writer, fields({ title: 'Chưa chọn chuyên mục' }));
    signInAs(people.writer);
    expect((await createArticleAction(fields({ sectionId: null }))).ok).toBe(false);
    expect((await offerFor(people.writer))?.fields.title).toBe('Chưa chọn chuyên mục');
  });

  it('is deleted by "Bỏ qua", so it is not offered again; a colleague\'s stays', async () => {
    await autosaveAs(people.writer, fields({ title: 'Không cần nữa' }));
    await autosaveAs(people.writer2, fields({ title: 'Vẫn cần' }));
    signInAs(people.writer);
    expect(await discardNewArticleAutosaveAction({})).toMatchObject({ ok: true });
    expect(await offerFor(people.writer)).toBeNull();
    expect((await offerFor(people.writer2))?.fields.title).toBe('Vẫn cần');
  });

  it('refuses bad input and roles without article.create, and changes nothing', async () => {
    const kept = fields({ title: 'Bản đang giữ' });
    await autosaveAs(people.writer, kept);
    const before = await getNewStoryBuffer({ userId: people.writer.id });
    const bad: unknown[] = [
      undefined,
      'chữ',
      { fields: { title: 'x'.repeat(301) } },
      { fields: { body: { type: 'paragraph' } } },
      { fields: { tags: Array.from({ length: 21 }, (_, i) => `thẻ ${i}`) } },
      { fields: 'không phải một bài' },
      {},
    ];
    signInAs(people.writer);
    for (const input of bad) {
      const answer = await autosaveNewArticleAction(input as never);
      expect(answer.ok, JSON.stringify(input)).toBe(false);
      if (!answer.ok) expect(answer.error).toBe(messages.validation.fixFields);
    }
    expect(await discardNewArticleAutosaveAction({ id: 1 } as never)).toMatchObject({ ok: false, error: messages.validation.fixFields });
    expect(await getNewStoryBuffer({ userId: people.writer.id })).toEqual(before);

    signInAs(people.moderator);
    expect(await autosaveNewArticleAction({ fields: kept })).toMatchObject({ ok: false, error: messages.auth.forbidden });
    expect(await discardNewArticleAutosaveAction({})).toMatchObject({ ok: false, error: messages.auth.forbidden });
    expect(await getNewStoryBuffer({ userId: people.moderator.id })).toBeNull();
    signOutUser();
    expect(await autosaveNewArticleAction({ fields: kept })).toMatchObject({ ok: false, error: messages.auth.signedOut });
    expect(await getNewStoryBuffer({ userId: people.writer.id })).toEqual(before);
  });
});

describe('"Bỏ qua" on a saved story\'s autosave, the same as on a new story', () => {
  it('deletes the person\'s buffer so the story no longer offers it; a colleague\'s stays', async () => {
    signInAs(people.editor);
    const created = await createArticleAction(fields());
    if (!created.ok) throw new Error(created.error);
    const { id, version } = created.data;
    for (const who of [people.editor, people.admin]) {
      signInAs(who);
      expect((await autosaveArticleAction({ id, baseVersion: version, fields: fields({ title: `Sửa dở của ${who.name}` }) })).ok).toBe(true);
      expect((await articleEditorData(who, id))?.autosave?.fields.title).toBe(`Sửa dở của ${who.name}`);
    }
    signInAs(people.editor);
    expect(await discardArticleAutosaveAction({ id })).toMatchObject({ ok: true });
    expect((await articleEditorData(people.editor, id))?.autosave).toBeNull();
    expect((await articleEditorData(people.admin, id))?.autosave?.fields.title).toBe(`Sửa dở của ${people.admin.name}`);
    expect(await discardArticleAutosaveAction({ id: 'x' } as never)).toMatchObject({ ok: false, error: messages.validation.fixFields });
  });
});
