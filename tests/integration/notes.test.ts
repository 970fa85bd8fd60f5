import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { sessionMock, signInAs } from '../support/as-user';

vi.mock('@/lib/auth/session', () => sessionMock);

import { getDb } from '@/db/client';
import { getArticleForEdit, listRevisions } from '@/db/queries/articles-admin';
import { auditLog } from '@/db/schema/site';
import { getPublicArticle } from '@/db/queries/public-articles';
import {
  addArticleNoteAction,
  createArticleAction,
  publishArticleAction,
  publishNewArticleAction,
  returnArticleAction,
  saveArticleAction,
  submitArticleAction,
  submitNewArticleAction,
} from '@/lib/actions/articles';
import { notesFor } from '@/lib/articles/notes';
import { articlePreview } from '@/lib/articles/preview';
import { messages } from '@/lib/i18n/messages';
import type { ArticleFields } from '@/lib/validation/article';
import { makeSection, makeStaff, type Person } from '../support/staff';
import { storyFields } from '../support/stories';

let sectionId = 0;
let people: Record<'writer' | 'writer2' | 'editor' | 'moderator', Person>;

beforeAll(async () => {
  sectionId = await makeSection('ghi-chu', 'Ghi chú');
  people = await makeStaff('notes.vn', { writer: 'writer', writer2: 'writer', editor: 'editor', moderator: 'moderator' });
});

const fields = (): ArticleFields => storyFields(sectionId, { title: `Tin ghi chú ${Math.random().toString(36).slice(2, 8)}`, sapo: 'Sapo của tin có ghi chú.' });

async function storyInReview() {
  signInAs(people.writer);
  const f = fields();
  const created = await createArticleAction(f);
  if (!created.ok) throw new Error(created.error);
  const submitted = await submitArticleAction({ id: created.data.id, baseVersion: created.data.version, fields: f });
  if (!submitted.ok) throw new Error(submitted.error);
  return { id: created.data.id, version: submitted.data.version, fields: f };
}

describe('sending a story back ("Trả lại")', () => {
  it('an editor returns a story in review with a reason; the writer fixes it and sends it again', async () => {
    const story = await storyInReview();
    signInAs(people.editor);
    const reason = 'Thiếu nguồn cho số liệu ở đoạn hai, hãy bổ sung.';
    const returned = await returnArticleAction({ id: story.id, baseVersion: story.version, reason });
    expect(returned.ok && returned.data.status).toBe('returned');
    expect((await getArticleForEdit({ id: story.id }))!.status).toBe('returned');

    // The writer reads the reason in the story's notes, edits and sends it again.
    signInAs(people.writer);
    const notes = await notesFor(people.writer as never, story.id);
    expect(notes!.map((n) => ({ kind: n.kind, body: n.body, by: n.authorName }))).toEqual([{ kind: 'return', body: reason, by: people.editor.name }]);
    const version = returned.ok ? returned.data.version : 0;
    const fixed = { ...story.fields, sapo: 'Sapo đã bổ sung nguồn.' };
    const saved = await saveArticleAction({ id: story.id, baseVersion: version, fields: fixed });
    expect(saved.ok).toBe(true);
    const again = await submitArticleAction({ id: story.id, baseVersion: saved.ok ? saved.data.version : 0, fields: fixed });
    expect(again.ok && again.data.status).toBe('review');
    // The story's history keeps the return and its reason.
    const db = await getDb();
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'article.return'), eq(auditLog.targetId, String(story.id))));
    expect(entry!.data).toMatchObject({ status: 'returned', reason });
  });

  it('needs a reason, a story in review and an editor', async () => {
    const story = await storyInReview();
    signInAs(people.editor);
    const empty = await returnArticleAction({ id: story.id, baseVersion: story.version, reason: '   ' });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { reason: [messages.articles.notes.reasonTooShort] } });
    signInAs(people.writer);
    expect(await returnArticleAction({ id: story.id, baseVersion: story.version, reason: 'Tự trả lại bài của mình.' })).toMatchObject({ ok: false, error: messages.auth.forbidden });
    signInAs(people.editor);
    const ok = await returnArticleAction({ id: story.id, baseVersion: story.version, reason: 'Cần viết lại phần mở đầu.' });
    expect(ok.ok).toBe(true);
    // Already returned: not in review any more; and a stale version is a conflict.
    expect(await returnArticleAction({ id: story.id, baseVersion: ok.ok ? ok.data.version : 0, reason: 'Trả lại lần nữa.' })).toMatchObject({ ok: false, error: messages.articles.notInReview });
    expect((await getArticleForEdit({ id: story.id }))!.status).toBe('returned');
  });
});

describe('notes between staff ("Ghi chú nội bộ")', () => {
  it('whoever may open the story reads and adds notes; others get nothing', async () => {
    const story = await storyInReview();
    signInAs(people.writer);
    expect((await addArticleNoteAction({ articleId: story.id, body: 'Ảnh đã xin phép nhân vật.' })).ok).toBe(true);
    signInAs(people.editor);
    expect((await addArticleNoteAction({ articleId: story.id, body: 'Đã xem, chờ số liệu.' })).ok).toBe(true);
    expect((await notesFor(people.editor as never, story.id))!.map((n) => n.body)).toEqual(['Ảnh đã xin phép nhân vật.', 'Đã xem, chờ số liệu.']);

    // A colleague writer cannot open the draft, so neither its notes; a moderator cannot add one.
    signInAs(people.writer2);
    expect(await notesFor(people.writer2 as never, story.id)).toBeNull();
    expect(await addArticleNoteAction({ articleId: story.id, body: 'Tò mò.' })).toMatchObject({ ok: false, error: messages.articles.notFound });
    signInAs(people.moderator);
    expect(await addArticleNoteAction({ articleId: story.id, body: 'Kiểm duyệt.' })).toMatchObject({ ok: false, error: messages.auth.forbidden });
    signInAs(people.writer);
    expect(await addArticleNoteAction({ articleId: story.id, body: 'x' })).toMatchObject({ ok: false, fieldErrors: { body: [messages.articles.notes.tooShort] } });
    expect((await notesFor(people.writer as never, story.id))!.length).toBe(2);
  });

  it('never reach readers: not the public story, not the preview, not the revisions', async () => {
    const story = await storyInReview();
    const secret = `Nguồn tin mật ${Math.random().toString(36).slice(2)}`;
    signInAs(people.editor);
    await addArticleNoteAction({ articleId: story.id, body: secret });
    const published = await publishArticleAction({ id: story.id, baseVersion: story.version, fields: story.fields, publishAt: null });
    if (!published.ok) throw new Error(published.error);
    const publicStory = await getPublicArticle({ slug: published.data.slug });
    expect(publicStory).not.toBeNull();
    expect(JSON.stringify(publicStory)).not.toContain(secret);
    expect(JSON.stringify(await articlePreview(people.editor as never, story.id))).not.toContain(secret);
    expect(JSON.stringify(await listRevisions({ articleId: story.id }))).not.toContain(secret);
  });
});

describe('one step from the first screen', () => {
  it('a writer submits a new story without saving it first; publishing checks what is missing before saving anything', async () => {
    signInAs(people.writer);
    const submitted = await submitNewArticleAction(fields());
    expect(submitted.ok && submitted.data.status).toBe('review');
    expect(await publishNewArticleAction({ fields: fields(), publishAt: null })).toMatchObject({ ok: false, error: messages.auth.forbidden });

    signInAs(people.editor);
    const incomplete = { ...fields(), sapo: '' };
    const refused = await publishNewArticleAction({ fields: incomplete, publishAt: null });
    expect(refused.ok).toBe(false);
    const published = await publishNewArticleAction({ fields: fields(), publishAt: null });
    expect(published.ok && published.data.status).toBe('published');
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await publishNewArticleAction({ fields: fields(), publishAt: at });
    expect(scheduled.ok && scheduled.data.publishedAt).toBe(at);
  });
});
