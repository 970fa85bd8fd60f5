import { beforeAll, describe, expect, it, vi } from 'vitest';
import { sessionMock, signInAs } from '../support/as-user';

vi.mock('@/lib/auth/session', () => sessionMock);

import { findArticleRedirect, getPublicArticle } from '@/db/queries/public-articles';
import { getArticleForEdit, listRevisions } from '@/db/queries/articles-admin';
import { upsertSections, upsertStaff } from '@/db/queries/seed';
import type { Role } from '@/db/schema/users';
import {
  autosaveArticleAction,
  correctArticleAction,
  emptyTrashAction,
  restoreArticleAction,
  trashArticleAction,
  createArticleAction,
  publishArticleAction,
  restoreRevisionAction,
  saveArticleAction,
  submitArticleAction,
  takeOverArticleAction,
  unpublishArticleAction,
} from '@/lib/actions/articles';
import { paragraphsToDoc } from '@/lib/articles/rich-text';
import type { ArticleFields } from '@/lib/validation/article';
import { storyFields } from '../support/stories';

let sectionId = 0;
const people: Record<Role | 'writer2', { id: number; name: string; email: string; role: Role }> = {} as never;

beforeAll(async () => {
  const sections = await upsertSections([{ slug: 'thoi-su', name: 'Thời sự', description: '', position: 0 }]);
  sectionId = sections.get('thoi-su')!;
  const staff = [
    { key: 'writer', role: 'writer' },
    { key: 'writer2', role: 'writer' },
    { key: 'editor', role: 'editor' },
    { key: 'moderator', role: 'moderator' },
    { key: 'admin', role: 'admin' },
  ] as const;
  const ids = await upsertStaff(staff.map((s) => ({ email: `${s.key}@wf.vn`, name: `Người ${s.key}`, slug: `nguoi-${s.key}`, role: s.role })));
  for (const s of staff) people[s.key] = { id: ids.get(`${s.key}@wf.vn`)!, name: `Người ${s.key}`, email: `${s.key}@wf.vn`, role: s.role };
});

function fields(overrides: Partial<ArticleFields> = {}): ArticleFields {
  return storyFields(sectionId, { body: paragraphsToDoc(['Đoạn một.', 'Đoạn hai.']) as ArticleFields['body'], tags: ['Thử nghiệm'], creditLine: 'Bài: Người viết', ...overrides });
}

async function draftBy(who: keyof typeof people, overrides: Partial<ArticleFields> = {}) {
  signInAs(people[who]);
  const created = await createArticleAction(fields(overrides));
  if (!created.ok) throw new Error(created.error);
  return created.data as { id: number; version: number; slug: string };
}

describe('who may do what with a story', () => {
  const roles = ['writer', 'editor', 'moderator', 'admin', null] as const;
  const expected = {
    create: { writer: true, editor: true, moderator: false, admin: true, null: false },
    publish: { writer: false, editor: true, moderator: false, admin: true, null: false },
    saveOthers: { writer: false, editor: true, moderator: false, admin: true, null: false },
    unpublish: { writer: false, editor: true, moderator: false, admin: true, null: false },
  };

  for (const role of roles) {
    const label = role ?? 'signed out';
    it(`${label}: create ${expected.create[role ?? 'null']}, publish ${expected.publish[role ?? 'null']}, edit another's story ${expected.saveOthers[role ?? 'null']}`, async () => {
      const story = await draftBy('writer2');
      signInAs(role ? people[role] : null);
      const created = await createArticleAction(fields());
      expect(created.ok).toBe(expected.create[role ?? 'null']);

      const saved = await saveArticleAction({ id: story.id, baseVersion: story.version, fields: fields({ title: 'Sửa bởi người khác' }) });
      expect(saved.ok).toBe(expected.saveOthers[role ?? 'null']);
      const version = saved.ok ? story.version + 1 : story.version;

      const published = await publishArticleAction({ id: story.id, baseVersion: version, fields: fields(), publishAt: null });
      expect(published.ok).toBe(expected.publish[role ?? 'null']);
      const after = await getArticleForEdit({ id: story.id });
      expect(after!.status).toBe(published.ok ? 'published' : 'draft');

      const unpublished = await unpublishArticleAction({ id: story.id, baseVersion: after!.version });
      if (published.ok) expect(unpublished.ok).toBe(expected.unpublish[role ?? 'null']);
      else expect(unpublished.ok).toBe(false);
    });
  }

  it('a writer edits their own draft and submits it, but cannot change it once published', async () => {
    const story = await draftBy('writer');
    const saved = await saveArticleAction({ id: story.id, baseVersion: 1, fields: fields({ title: 'Bản sửa của phóng viên' }) });
    expect(saved.ok).toBe(true);
    const submitted = await submitArticleAction({ id: story.id, baseVersion: 2, fields: fields({ title: 'Bản sửa của phóng viên' }) });
    expect(submitted.ok).toBe(true);
    expect((await getArticleForEdit({ id: story.id }))!.status).toBe('review');
    signInAs(people.editor);
    expect((await publishArticleAction({ id: story.id, baseVersion: 3, fields: fields(), publishAt: null })).ok).toBe(true);
    signInAs(people.writer);
    const late = await saveArticleAction({ id: story.id, baseVersion: 4, fields: fields({ title: 'Sửa sau khi đăng' }) });
    expect(late.ok).toBe(false);
    expect((await getArticleForEdit({ id: story.id }))!.title).not.toBe('Sửa sau khi đăng');
  });
});

describe('publishing rules', () => {
  it('names what is missing and publishes nothing', async () => {
    const story = await draftBy('editor', { sapo: '' });
    const result = await publishArticleAction({ id: story.id, baseVersion: 1, fields: fields({ sapo: '' }), publishAt: null });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('sapo');
    expect((await getArticleForEdit({ id: story.id }))!.status).toBe('draft');
  });

  it('refuses an image without alt text in the body', async () => {
    const body = { type: 'doc', content: [{ type: 'figure', attrs: { key: 'demo/photo-1.jpg', width: 10, height: 10, alt: '' } }] };
    const story = await draftBy('editor');
    const result = await publishArticleAction({ id: story.id, baseVersion: 1, fields: fields({ body: body as ArticleFields['body'] }), publishAt: null });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('mô tả (alt) của 1 ảnh');
  });

  it('schedules for the future, refuses the past, and shows readers only after the time', async () => {
    const story = await draftBy('editor');
    const past = await publishArticleAction({ id: story.id, baseVersion: 1, fields: fields(), publishAt: new Date(Date.now() - 60_000).toISOString() });
    expect(past.ok).toBe(false);
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await publishArticleAction({ id: story.id, baseVersion: 1, fields: fields(), publishAt: at });
    expect(scheduled.ok).toBe(true);
    const slug = (await getArticleForEdit({ id: story.id }))!.slug;
    expect(await getPublicArticle({ slug })).toBeNull();
  });

  it('publishes a correction readers can see', async () => {
    const story = await draftBy('editor');
    await publishArticleAction({ id: story.id, baseVersion: 1, fields: fields(), publishAt: null });
    const corrected = await correctArticleAction({ id: story.id, baseVersion: 2, fields: fields({ sapo: 'Sapo đã sửa.' }), note: 'Sửa lại số liệu ở đoạn hai cho đúng.' });
    expect(corrected.ok).toBe(true);
    const slug = (await getArticleForEdit({ id: story.id }))!.slug;
    const article = await getPublicArticle({ slug });
    expect(article!.sapo).toBe('Sapo đã sửa.');
    expect(article!.corrections.map((c) => c.note)).toEqual(['Sửa lại số liệu ở đoạn hai cho đúng.']);
  });
});

describe('nothing is lost', () => {
  it('refuses a save from a stale version and returns the current text', async () => {
    const story = await draftBy('editor');
    signInAs(people.admin);
    expect((await saveArticleAction({ id: story.id, baseVersion: 1, fields: fields({ title: 'Bản của quản trị' }) })).ok).toBe(true);
    signInAs(people.editor);
    const stale = await saveArticleAction({ id: story.id, baseVersion: 1, fields: fields({ title: 'Bản của biên tập viên' }) });
    expect(stale.ok).toBe(false);
    const conflict = (stale as { data?: { conflict?: boolean; current?: { title: string; version: number } } }).data;
    expect(conflict?.conflict).toBe(true);
    expect(conflict?.current?.title).toBe('Bản của quản trị');
    expect((await getArticleForEdit({ id: story.id }))!.title).toBe('Bản của quản trị');

    const taken = await takeOverArticleAction({ id: story.id, overVersion: conflict!.current!.version, fields: fields({ title: 'Bản của biên tập viên' }) });
    expect(taken.ok).toBe(true);
    const revisions = await listRevisions({ articleId: story.id });
    expect(revisions.map((r) => r.version)).toEqual([3, 2, 1]);
  });

  it('writes a revision per save and restores an old one as a new revision', async () => {
    const story = await draftBy('editor', { title: 'Tiêu đề ban đầu' });
    await saveArticleAction({ id: story.id, baseVersion: 1, fields: fields({ title: 'Tiêu đề thứ hai' }) });
    const revisions = await listRevisions({ articleId: story.id });
    const first = revisions.find((r) => r.version === 1)!;
    const restored = await restoreRevisionAction({ id: story.id, baseVersion: 2, revisionId: first.id });
    expect(restored.ok).toBe(true);
    expect((await getArticleForEdit({ id: story.id }))!.title).toBe('Tiêu đề ban đầu');
    expect((await listRevisions({ articleId: story.id })).length).toBe(3);
  });

  it('keeps autosaves out of the revision history', async () => {
    const story = await draftBy('writer');
    const saved = await autosaveArticleAction({ id: story.id, baseVersion: 1, fields: { title: 'Đang gõ dở' } });
    expect(saved.ok).toBe(true);
    expect((await listRevisions({ articleId: story.id })).length).toBe(1);
  });

  it('leaves a permanent redirect when a published story changes slug', async () => {
    const story = await draftBy('editor', { slug: 'dia-chi-cu-thu-nghiem' });
    await publishArticleAction({ id: story.id, baseVersion: 1, fields: fields({ slug: 'dia-chi-cu-thu-nghiem' }), publishAt: null });
    const moved = await saveArticleAction({ id: story.id, baseVersion: 2, fields: fields({ slug: 'dia-chi-moi-thu-nghiem' }) });
    expect(moved.ok).toBe(true);
    expect(await findArticleRedirect({ slug: 'dia-chi-cu-thu-nghiem' })).toEqual({ sectionSlug: 'thoi-su', slug: 'dia-chi-moi-thu-nghiem' });
  });

  it('makes slugs unique and drops diacritics', async () => {
    const a = await draftBy('editor', { title: 'Đường Trần Phú được mở rộng' });
    const b = await draftBy('editor', { title: 'Đường Trần Phú được mở rộng' });
    expect(a.slug).toBe('duong-tran-phu-duoc-mo-rong');
    expect(b.slug).toBe('duong-tran-phu-duoc-mo-rong-2');
  });

  it('rejects bad input field by field in Vietnamese and stores nothing', async () => {
    signInAs(people.editor);
    const result = await createArticleAction({ ...fields(), title: '   ' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.title).toEqual(['Vui lòng nhập tiêu đề.']);
  });
});

describe('the trash', () => {
  it('hides a trashed story from readers until an editor restores it; only an admin empties the trash', async () => {
    const story = await draftBy('editor');
    await publishArticleAction({ id: story.id, baseVersion: 1, fields: fields(), publishAt: null });
    const slug = (await getArticleForEdit({ id: story.id }))!.slug;
    signInAs(people.writer);
    expect((await trashArticleAction({ id: story.id })).ok).toBe(false);
    signInAs(people.editor);
    expect((await trashArticleAction({ id: story.id })).ok).toBe(true);
    expect(await getPublicArticle({ slug })).toBeNull();
    expect((await emptyTrashAction({})).ok).toBe(false);
    expect((await restoreArticleAction({ id: story.id })).ok).toBe(true);
    expect(await getPublicArticle({ slug })).not.toBeNull();

    expect((await trashArticleAction({ id: story.id })).ok).toBe(true);
    signInAs(people.admin);
    const emptied = await emptyTrashAction({});
    expect(emptied.ok).toBe(true);
    expect(await getArticleForEdit({ id: story.id })).toBeNull();
  });
});
