import { count, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { sessionMock, signInAs } from '../support/as-user';

vi.mock('@/lib/auth/session', () => sessionMock);
// Outside a Next.js server there is no data cache: the reader functions read straight through.
vi.mock('next/cache', async (original) => ({ ...(await original<typeof import('next/cache')>()), unstable_cache: <T>(fn: T) => fn }));

import { getDb } from '@/db/client';
import { getPageById, listMenuPages } from '@/db/queries/pages';
import { upsertStaff } from '@/db/queries/seed';
import { sitePages } from '@/db/schema/pages';
import { auditLog } from '@/db/schema/site';
import type { Role } from '@/db/schema/users';
import { createPageAction, deletePageAction, movePageAction, publishPageAction, savePageAction } from '@/lib/actions/pages';
import { createSectionAction } from '@/lib/actions/sections';
import { paragraphsToDoc } from '@/lib/articles/rich-text';
import { messages } from '@/lib/i18n/messages';
import { getPublicPage } from '@/lib/pages/public';
import type { PageFields } from '@/lib/validation/pages';

const people = {} as Record<Role, { id: number; name: string; email: string; role: Role }>;
let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

beforeAll(async () => {
  const roles: Role[] = ['writer', 'editor', 'moderator', 'admin'];
  const ids = await upsertStaff(roles.map((role) => ({ email: `${role}@pg.vn`, name: `Người ${role}`, slug: `pg-${role}`, role })));
  for (const role of roles) people[role] = { id: ids.get(`${role}@pg.vn`)!, name: `Người ${role}`, email: `${role}@pg.vn`, role };
});

function fields(overrides: Partial<PageFields> = {}): PageFields {
  return { title: `Trang thử ${unique()}`, slug: '', description: '', body: paragraphsToDoc(['Nội dung trang.']) as PageFields['body'], topLevel: false, inMenu: false, menuPosition: 0, ...overrides };
}

async function created(overrides: Partial<PageFields> = {}, published = false) {
  signInAs(people.editor);
  const result = await createPageAction(fields(overrides));
  if (!result.ok) throw new Error(result.error);
  if (published) {
    const done = await publishPageAction({ id: result.data.id, published: true });
    if (!done.ok) throw new Error(done.error);
  }
  return result.data;
}

async function counts() {
  const db = await getDb();
  const [pages] = await db.select({ n: count() }).from(sitePages);
  const [audit] = await db.select({ n: count() }).from(auditLog);
  return { pages: pages!.n, audit: audit!.n };
}

describe('who may manage pages', () => {
  const cases: [string, (id: number) => Promise<{ ok: boolean; error?: string }>][] = [
    ['create', () => createPageAction(fields())],
    ['save', (id) => savePageAction({ id, fields: fields() })],
    ['publish', (id) => publishPageAction({ id, published: true })],
    ['move', (id) => movePageAction({ id, direction: 'up' })],
    ['delete', (id) => deletePageAction({ id })],
  ];

  for (const role of ['writer', 'moderator', null] as const) {
    it(`${role ?? 'signed out'}: every page action is refused, nothing changes`, async () => {
      const page = await created({ inMenu: true });
      const before = await counts();
      const row = await getPageById({ id: page.id });
      for (const [name, run] of cases) {
        signInAs(role ? people[role] : null);
        const result = await run(page.id);
        expect(result, name).toMatchObject({ ok: false, error: role ? messages.auth.forbidden : messages.auth.signedOut });
      }
      expect(await counts()).toEqual(before);
      expect(await getPageById({ id: page.id })).toEqual(row);
    });
  }

  for (const role of ['editor', 'admin'] as const) {
    it(`${role}: creates, saves and publishes a page, each step in the audit log`, async () => {
      signInAs(people[role]);
      const title = `Quảng cáo ${unique()}`;
      const made = await createPageAction(fields({ title }));
      expect(made).toMatchObject({ ok: true, message: messages.pages.created });
      if (!made.ok) return;
      expect(made.data.slug).toMatch(/^quang-cao-/);
      expect(await savePageAction({ id: made.data.id, fields: fields({ title, description: 'Mô tả mới' }) })).toMatchObject({ ok: true });
      expect(await publishPageAction({ id: made.data.id, published: true })).toMatchObject({ ok: true, message: messages.pages.published });
      const db = await getDb();
      const entries = await db.select({ action: auditLog.action, actorId: auditLog.actorId }).from(auditLog).where(eq(auditLog.targetId, String(made.data.id)));
      expect(entries.filter((e) => e.action.startsWith('page.')).map((e) => e.action).sort()).toEqual(['page.create', 'page.publish', 'page.save']);
      expect(entries.every((e) => e.actorId === people[role].id)).toBe(true);
    });
  }
});

describe('slugs', () => {
  it('drop Vietnamese diacritics (đ→d) and may be chosen', async () => {
    expect((await created({ title: `Điều khoản ${unique()}` })).slug).toMatch(/^dieu-khoan-/);
    const chosen = `lien-he-${unique()}`;
    expect((await created({ title: 'Liên hệ', slug: chosen })).slug).toBe(chosen);
  });

  it('refuses one taken by another page, or with no letter or digit, in Vietnamese, changing nothing', async () => {
    const first = await created();
    const other = await created();
    const before = await counts();
    signInAs(people.editor);
    const taken = await createPageAction(fields({ slug: first.slug }));
    expect(taken).toMatchObject({ ok: false, error: messages.pages.refusals.slugTaken(first.slug), fieldErrors: { slug: [messages.pages.refusals.slugTaken(first.slug)] } });
    expect(await savePageAction({ id: other.id, fields: fields({ slug: first.slug }) })).toMatchObject({ ok: false, data: { reason: 'slugTaken' } });
    expect(await createPageAction(fields({ title: '!!! ???' }))).toMatchObject({ ok: false, error: messages.pages.refusals.slugEmpty });
    expect(await createPageAction(fields({ title: '' }))).toMatchObject({ ok: false, fieldErrors: { title: [messages.pages.invalid.titleRequired] } });
    expect(await createPageAction(fields({ menuPosition: -1 }))).toMatchObject({ ok: false, fieldErrors: { menuPosition: [messages.pages.invalid.position] } });
    expect(await counts()).toEqual(before);
    expect((await getPageById({ id: other.id }))!.slug).toBe(other.slug);
  });
});

describe('readers see a page only while it is published', () => {
  it('a draft and an unpublished page are not found; a published one is', async () => {
    const page = await created({ title: `Giới thiệu ${unique()}`, description: 'Về tòa soạn' });
    expect(await getPublicPage(page.slug)).toBeNull();
    signInAs(people.editor);
    await publishPageAction({ id: page.id, published: true });
    expect(await getPublicPage(page.slug)).toMatchObject({ slug: page.slug, description: 'Về tòa soạn' });
    expect(await publishPageAction({ id: page.id, published: false })).toMatchObject({ ok: true, message: messages.pages.unpublished });
    expect(await getPublicPage(page.slug)).toBeNull();
  });

  it('answers nothing for slugs that are not ours, without asking twice', async () => {
    for (const slug of ['', '../admin', 'a b', 'x'.repeat(201), '<script>']) expect(await getPublicPage(slug)).toBeNull();
    expect(await publishPageAction({ id: 2_000_000_000, published: true })).toMatchObject({ ok: false, error: messages.pages.refusals.notFound });
  });
});

describe('the footer menu', () => {
  it('lists published menu pages in the editors’ order; up and down swap neighbours', async () => {
    const db = await getDb();
    await db.update(sitePages).set({ inMenu: false });
    const a = await created({ title: `A ${unique()}`, inMenu: true, menuPosition: 1 }, true);
    const b = await created({ title: `B ${unique()}`, inMenu: true, menuPosition: 2 }, true);
    const draft = await created({ title: `Nháp ${unique()}`, inMenu: true, menuPosition: 3 });
    await created({ title: `Ngoài ${unique()}`, inMenu: false }, true);
    expect((await listMenuPages()).map((p) => p.slug)).toEqual([a.slug, b.slug]);
    signInAs(people.editor);
    expect(await movePageAction({ id: b.id, direction: 'up' })).toMatchObject({ ok: true, message: messages.pages.moved });
    expect((await listMenuPages()).map((p) => p.slug)).toEqual([b.slug, a.slug]);
    expect(await movePageAction({ id: b.id, direction: 'up' })).toMatchObject({ ok: false, error: messages.pages.refusals.edge });
    expect(await movePageAction({ id: draft.id, direction: 'down' })).toMatchObject({ ok: false, error: messages.pages.refusals.edge });
    await publishPageAction({ id: draft.id, published: true });
    expect((await listMenuPages()).map((p) => p.slug)).toEqual([b.slug, a.slug, draft.slug]);
  });
});

describe('pages at the top level', () => {
  it('live at /{slug}; a slug of the site or of a section is refused in Vietnamese, changing nothing', async () => {
    signInAs(people.editor);
    const sectionSlug = `chuyen-muc-${unique()}`;
    const section = await createSectionAction({ name: `Chuyên mục ${unique()}`, slug: sectionSlug, description: '', parentId: null });
    expect(section.ok).toBe(true);
    const before = await counts();
    const reserved = await createPageAction(fields({ slug: 'tim-kiem', topLevel: true }));
    expect(reserved).toMatchObject({ ok: false, error: messages.pages.refusals.slugReserved('tim-kiem'), fieldErrors: { slug: [messages.pages.refusals.slugReserved('tim-kiem')] } });
    const clash = await createPageAction(fields({ slug: sectionSlug, topLevel: true }));
    expect(clash).toMatchObject({ ok: false, error: messages.pages.refusals.slugIsSection(sectionSlug) });
    expect(await counts()).toEqual(before);
    // Under /trang/ the same slugs are fine: they do not meet the site's first segments.
    expect((await createPageAction(fields({ slug: sectionSlug }))).ok).toBe(true);
  });

  it('keep their slug from new sections, and readers find them by it', async () => {
    const slug = `gioi-thieu-${unique()}`;
    const page = await created({ slug, topLevel: true }, true);
    expect(await getPublicPage(slug)).toMatchObject({ id: page.id, topLevel: true });
    signInAs(people.editor);
    const section = await createSectionAction({ name: 'Giới thiệu', slug, description: '', parentId: null });
    expect(section).toMatchObject({ ok: false, error: messages.taxonomy.sections.slugReserved(slug) });
  });
});

describe('deleting a page', () => {
  it('is refused while readers see it; once unpublished it goes, and the audit log keeps its words', async () => {
    const title = `Điều khoản ${unique()}`;
    const page = await created({ title, inMenu: true }, true);
    signInAs(people.editor);
    const before = await counts();
    expect(await deletePageAction({ id: page.id })).toMatchObject({ ok: false, error: messages.pages.refusals.stillPublished });
    expect(await counts()).toEqual(before);
    expect((await publishPageAction({ id: page.id, published: false })).ok).toBe(true);
    expect(await deletePageAction({ id: page.id })).toMatchObject({ ok: true });
    expect(await getPageById({ id: page.id })).toBeNull();
    const db = await getDb();
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'page.delete')).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({ targetId: String(page.id), data: { title, body: paragraphsToDoc(['Nội dung trang.']) } });
    expect(await deletePageAction({ id: page.id })).toMatchObject({ ok: false, error: messages.pages.refusals.notFound });
  });
});
