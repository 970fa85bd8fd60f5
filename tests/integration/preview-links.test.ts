import { beforeAll, describe, expect, it, vi } from 'vitest';
import { sessionMock, signInAs } from '../support/as-user';

vi.mock('@/lib/auth/session', () => sessionMock);

import { createArticleAction, createPreviewLinkAction, revokePreviewLinkAction, saveArticleAction } from '@/lib/actions/articles';
import { openPreviewLink, PREVIEW_LINK_TTL_MS, previewLinksFor } from '@/lib/articles/preview-links';
import { messages } from '@/lib/i18n/messages';
import { makeSection, makeStaff, type Person } from '../support/staff';
import { storyFields } from '../support/stories';

let sectionId = 0;
let people: Record<'writer' | 'editor', Person>;

beforeAll(async () => {
  sectionId = await makeSection('xem-truoc-thu', 'Xem trước');
  people = await makeStaff('preview.vn', { writer: 'writer', editor: 'editor' });
});

const tokenOf = (url: string) => url.split('/xem-truoc/')[1]!;

describe('signed preview links', () => {
  it('open the latest saved version for 48 hours, until an editor revokes them; writers cannot make them', async () => {
    signInAs(people.writer);
    const fields = storyFields(sectionId, { title: 'Bản thảo cần luật sư đọc' });
    const created = await createArticleAction(fields);
    if (!created.ok) throw new Error(created.error);
    const id = created.data.id;
    expect(await createPreviewLinkAction({ id })).toMatchObject({ ok: false, error: messages.auth.forbidden });

    signInAs(people.editor);
    const made = await createPreviewLinkAction({ id });
    if (!made.ok) throw new Error(made.error);
    const token = tokenOf(made.data.url);
    expect((await openPreviewLink(token))?.title).toBe('Bản thảo cần luật sư đọc');

    // The latest saved version, not the one the link was made from.
    const saved = await saveArticleAction({ id, baseVersion: created.data.version, fields: { ...fields, title: 'Bản thảo đã sửa' } });
    expect(saved.ok).toBe(true);
    expect((await openPreviewLink(token))?.title).toBe('Bản thảo đã sửa');

    // 48 hours, then nothing; a made-up token opens nothing.
    expect(await openPreviewLink(token, new Date(Date.now() + PREVIEW_LINK_TTL_MS + 60_000))).toBeNull();
    expect(await openPreviewLink('x'.repeat(43))).toBeNull();
    expect(await openPreviewLink('../../etc')).toBeNull();

    const links = await previewLinksFor(people.editor as never, id);
    expect(links).toHaveLength(1);
    expect(await previewLinksFor(people.writer as never, id)).toBeNull();
    expect(await revokePreviewLinkAction({ id: links![0]!.id, articleId: id })).toMatchObject({ ok: true });
    expect(await openPreviewLink(token)).toBeNull();
    expect(await previewLinksFor(people.editor as never, id)).toEqual([]);
    expect(await revokePreviewLinkAction({ id: links![0]!.id, articleId: id })).toMatchObject({ ok: false, error: messages.articles.notFound });
  });
});
