import { eq, and } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { sessionMock, signInAs } from '../support/as-user';

vi.mock('@/lib/auth/session', () => sessionMock);

import { getDb } from '@/db/client';
import { listApprovedComments } from '@/db/queries/comments';
import { insertArticles, upsertSections, upsertStaff } from '@/db/queries/seed';
import { articles } from '@/db/schema/articles';
import { comments } from '@/db/schema/comments';
import { auditLog } from '@/db/schema/site';
import type { Role } from '@/db/schema/users';
import { blockCommenterAddressAction, moderateCommentsAction, replyAsNewsroomAction, saveBlocklistAction, setStoryCommentsClosedAction } from '@/lib/actions/comments';
import { threadComments } from '@/lib/comments/public';
import { defaultCommentSettings, saveCommentSettings } from '@/lib/comments/settings';
import { MAX_WAITING_PER_STORY, outcomeMessage, outcomeStatus, submitReaderComment } from '@/lib/comments/submit';
import { signFormToken } from '@/lib/comments/token';
import { paragraphsToDoc } from '@/lib/articles/rich-text';

let sectionId = 0;
const people = {} as Record<Role, { id: number; name: string; email: string; role: Role }>;
let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

beforeAll(async () => {
  // The form token is signed with the auth secret, which PostgreSQL mode requires from the environment.
  process.env.NEXTAUTH_SECRET ??= 'integration-test-secret';
  sectionId = (await upsertSections([{ slug: 'thoi-su', name: 'Thời sự', description: '', position: 0 }])).get('thoi-su')!;
  const roles: Role[] = ['writer', 'editor', 'moderator', 'admin'];
  const ids = await upsertStaff(roles.map((role) => ({ email: `${role}@cm.vn`, name: `Người ${role}`, slug: `cm-${role}`, role })));
  for (const role of roles) people[role] = { id: ids.get(`${role}@cm.vn`)!, name: `Người ${role}`, email: `${role}@cm.vn`, role };
});

/** A published story of the test's own. */
async function story({ daysOld = 0, closed = false } = {}): Promise<number> {
  const slug = `tin-binh-luan-${unique()}`;
  await insertArticles([
    {
      slug,
      sectionId,
      status: 'published',
      title: `Tin ${slug}`,
      body: paragraphsToDoc(['Nội dung.']) as never,
      commentsClosed: closed,
      publishedAt: new Date(Date.now() - daysOld * 86_400_000 - 60_000),
      authorIds: [],
      tagIds: [],
    },
  ]);
  const db = await getDb();
  const [row] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug));
  return row!.id;
}

function sender() {
  const id = unique();
  return { email: `ban-doc-${id}@example.vn`, ip: `ip-${id}` };
}

/** A reader's post with the form's render token, issued 10 s earlier (a person who read the page). */
async function post(articleId: number, who: { email: string; ip: string }, extra: Record<string, unknown> = {}, now?: Date) {
  const token = signFormToken(articleId, (now ?? new Date()).getTime() - 10_000);
  return submitReaderComment({ articleId, name: 'Bạn đọc', email: who.email, body: `Ý kiến thử nghiệm ${unique()}`, token, ...extra }, who.ip, now);
}

async function rowsOf(articleId: number) {
  const db = await getDb();
  return db.select().from(comments).where(eq(comments.articleId, articleId));
}

describe('a reader sends a comment', () => {
  it('checks each field in Vietnamese and stores nothing when one fails', async () => {
    const id = await story();
    const outcome = await submitReaderComment({ articleId: id, name: ' A ', email: 'khong-phai-email', body: '   ngắn    ' }, 'ip-x');
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind !== 'invalid') return;
    expect(outcome.fieldErrors.name?.[0]).toBe('Họ tên cần từ 2 đến 80 ký tự.');
    expect(outcome.fieldErrors.email?.[0]).toMatch(/email hợp lệ/);
    expect(outcome.fieldErrors.body?.[0]).toBe('Nội dung cần ít nhất 10 ký tự.');
    const long = await submitReaderComment({ articleId: id, name: 'x'.repeat(81), email: 'a@b.vn', body: 'y'.repeat(3001) }, 'ip-x');
    expect(long.kind === 'invalid' && Object.keys(long.fieldErrors).sort()).toEqual(['body', 'name']);
    expect(await rowsOf(id)).toHaveLength(0);
  });

  it('keeps a valid comment pending, out of the public list, with a hashed IP and no trimmed-away spaces', async () => {
    const id = await story();
    const who = sender();
    const outcome = await post(id, who, { body: '  <script>alert(1)</script>\nDòng hai  ', email: who.email.toUpperCase() });
    expect(outcome).toMatchObject({ kind: 'sent', status: 'pending' });
    const [row] = await rowsOf(id);
    expect(row).toMatchObject({ status: 'pending', body: '<script>alert(1)</script>\nDòng hai', email: who.email, ipHash: who.ip });
    expect(await listApprovedComments({ articleId: id })).toHaveLength(0);
  });

  it('refuses closed stories, by the editor or by age', async () => {
    expect(await post(await story({ closed: true }), sender())).toMatchObject({ kind: 'closed', reason: 'editor' });
    // Closing by age is off until the newsroom turns it on.
    const old = await story({ daysOld: 40 });
    expect(await post(old, sender())).toMatchObject({ kind: 'sent', status: 'pending' });
    await saveCommentSettings({ ...defaultCommentSettings, autoCloseDays: 30 });
    try {
      expect(await post(await story({ daysOld: 40 }), sender())).toMatchObject({ kind: 'closed', reason: 'age' });
      expect(await post(await story({ daysOld: 20 }), sender())).toMatchObject({ kind: 'sent', status: 'pending' });
    } finally {
      await saveCommentSettings(defaultCommentSettings);
    }
  });

  it('silently drops a filled honeypot', async () => {
    const id = await story();
    expect((await post(id, sender(), { website: 'http://spam.example' })).kind).toBe('trapped');
    expect(await rowsOf(id)).toHaveLength(0);
  });

  it('refuses a form sent sooner than the minimum after its token', async () => {
    const id = await story();
    expect((await post(id, sender(), { token: signFormToken(id) })).kind).toBe('tooFast');
    expect(await post(id, sender(), { token: signFormToken(id, Date.now() - 10_000) })).toMatchObject({ kind: 'sent', status: 'pending' });
  });

  it('holds a post without a valid token (no JavaScript, a script, a forged or foreign token) as suspected spam', async () => {
    const id = await story();
    expect(await post(id, sender(), { token: undefined })).toMatchObject({ kind: 'sent', status: 'spam' });
    expect(await post(id, sender(), { token: '' })).toMatchObject({ kind: 'sent', status: 'spam' });
    expect(await post(id, sender(), { token: `${id}.${Date.now() - 10_000}.forged` })).toMatchObject({ kind: 'sent', status: 'spam' });
    expect(await post(id, sender(), { token: signFormToken(id + 1, Date.now() - 10_000) })).toMatchObject({ kind: 'sent', status: 'spam' });
    expect((await rowsOf(id)).map((r) => r.status)).toEqual(['spam', 'spam', 'spam', 'spam']);
  });

  it('caps the comments waiting on one story, per queue, so a flood cannot bury it', async () => {
    const id = await story();
    const db = await getDb();
    const filler = (status: 'pending' | 'spam') =>
      Array.from({ length: MAX_WAITING_PER_STORY }, (_, i) => ({ articleId: id, name: 'Lũ', email: `lu-${i}@example.vn`, body: `Ý kiến lũ ${status} ${i}`, ipHash: `lu-${i}`, status }));
    await db.insert(comments).values(filler('pending'));
    const full = await post(id, sender());
    expect(full).toEqual({ kind: 'queueFull' });
    expect(outcomeStatus(full)).toBe(429);
    expect(outcomeMessage(full)).toMatch(/chờ duyệt/);
    // The spam tab has its own room: a token-less post is still held there.
    expect(await post(id, sender(), { token: undefined })).toMatchObject({ kind: 'sent', status: 'spam' });
    await db.insert(comments).values(filler('spam'));
    expect(await post(id, sender(), { token: undefined })).toEqual({ kind: 'queueFull' });
  });
});

describe('limits per IP hash and per email', () => {
  it('allows one comment per 15 seconds per IP and per email', async () => {
    const id = await story();
    const who = sender();
    expect((await post(id, who)).kind).toBe('sent');
    expect(await post(id, { ...who, email: `khac-${who.email}` })).toMatchObject({ kind: 'limited', window: 'burst' });
    expect(await post(id, { ...who, ip: `khac-${who.ip}` })).toMatchObject({ kind: 'limited', window: 'burst' });
    expect(await rowsOf(id)).toHaveLength(1);
  });

  it('allows 10 an hour', async () => {
    const id = await story();
    const who = sender();
    const start = Date.now();
    // Each post 16 s later than the last (as the clock of the check sees it): past the burst limit, inside the hour.
    for (let i = 0; i < 10; i++) expect((await post(id, who, {}, new Date(start + i * 16_000))).kind).toBe('sent');
    expect(await post(id, who, {}, new Date(start + 10 * 16_000))).toMatchObject({ kind: 'limited', window: 'hour' });
  });

  it('lets only one of two concurrent posts from one sender through', async () => {
    const id = await story();
    const who = sender();
    const outcomes = await Promise.all([post(id, who), post(id, who), post(id, who)]);
    expect(outcomes.filter((o) => o.kind === 'sent')).toHaveLength(1);
    expect(await rowsOf(id)).toHaveLength(1);
  });
});

describe('spam rules', () => {
  it('sends more than 2 links, blocked words, emails and IPs, and duplicates straight to spam', async () => {
    const id = await story();
    const word = `tuthu${unique()}`;
    const blocked = sender();
    signInAs(people.moderator);
    expect((await saveBlocklistAction({ words: word, emails: blocked.email, ips: `blocked-ip-${blocked.ip}` })).ok).toBe(true);
    const links = 'Xem http://a.example, https://b.example và www.c.example nhé';
    expect(await post(id, sender(), { body: links })).toMatchObject({ status: 'spam' });
    expect(await post(id, sender(), { body: 'Hai liên kết http://a.example và http://b.example thì được' })).toMatchObject({ status: 'pending' });
    expect(await post(id, sender(), { body: `Bài này có chữ ${word} ở giữa` })).toMatchObject({ status: 'spam' });
    expect(await post(id, blocked)).toMatchObject({ status: 'spam' });
    expect(await post(id, { email: sender().email, ip: `blocked-ip-${blocked.ip}` })).toMatchObject({ status: 'spam' });
    const text = `Một ý kiến trùng lặp ${unique()}`;
    expect(await post(id, sender(), { body: text })).toMatchObject({ status: 'pending' });
    expect(await post(id, sender(), { body: text })).toMatchObject({ status: 'spam' });
    expect(await listApprovedComments({ articleId: id })).toHaveLength(0);
  });
});

describe("blocking a commenter's address from the queue", () => {
  for (const role of ['moderator', 'editor', 'admin', 'writer', null] as const) {
    it(`${role ?? 'signed out'}: ${role && role !== 'writer' ? 'blocks' : 'is refused'}`, async () => {
      const id = await story();
      const who = sender();
      const first = await post(id, who);
      if (first.kind !== 'sent') throw new Error(first.kind);
      signInAs(role ? people[role] : null);
      const result = await blockCommenterAddressAction({ commentId: first.id });
      const allowed = role !== null && role !== 'writer';
      expect(result.ok).toBe(allowed);
      const later = await post(id, { ...who, email: `moi-${who.email}` }, {}, new Date(Date.now() + 60_000));
      expect(later).toMatchObject({ kind: 'sent', status: allowed ? 'spam' : 'pending' });
      const [row] = await rowsOf(id);
      expect(row!.status).toBe(allowed ? 'spam' : 'pending');
    });
  }
});

describe('moderation by role', () => {
  async function pendingComment() {
    const id = await story();
    const outcome = await post(id, sender());
    if (outcome.kind !== 'sent') throw new Error(outcome.kind);
    return { articleId: id, commentId: outcome.id };
  }

  for (const role of ['writer', null] as const) {
    it(`${role ?? 'signed out'}: every moderation action is refused`, async () => {
      const { articleId, commentId } = await pendingComment();
      signInAs(role ? people[role] : null);
      for (const verb of ['approve', 'reject', 'spam', 'delete'] as const) expect((await moderateCommentsAction({ ids: [commentId], verb })).ok).toBe(false);
      expect((await replyAsNewsroomAction({ parentId: commentId, body: 'Cảm ơn bạn' })).ok).toBe(false);
      expect((await setStoryCommentsClosedAction({ articleId, closed: true })).ok).toBe(false);
      expect((await saveBlocklistAction({ words: 'x', emails: '', ips: '' })).ok).toBe(false);
      expect((await rowsOf(articleId))[0]!.status).toBe('pending');
    });
  }

  it('moderator approves, un-approves, marks spam and deletes (spam only), all audited', async () => {
    const { articleId, commentId } = await pendingComment();
    signInAs(people.moderator);
    expect((await moderateCommentsAction({ ids: [commentId], verb: 'approve' })).ok).toBe(true);
    expect((await listApprovedComments({ articleId })).map((c) => c.id)).toEqual([commentId]);
    expect((await moderateCommentsAction({ ids: [commentId], verb: 'delete' })).ok).toBe(false);
    expect((await moderateCommentsAction({ ids: [commentId], verb: 'reject' })).ok).toBe(true);
    expect(await listApprovedComments({ articleId })).toHaveLength(0);
    expect((await moderateCommentsAction({ ids: [commentId], verb: 'spam' })).ok).toBe(true);
    expect((await moderateCommentsAction({ ids: [commentId], verb: 'delete' })).ok).toBe(true);
    expect(await rowsOf(articleId)).toHaveLength(0);
    const db = await getDb();
    const entries = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.targetType, 'comment'), eq(auditLog.targetId, String(commentId))));
    expect(entries.map((e) => e.action).sort()).toEqual(['comment.approve', 'comment.delete', 'comment.reject', 'comment.spam']);
  });

  it('bulk approves several and replies as the newsroom (one level, naming whom it answers)', async () => {
    const id = await story();
    const sent = [];
    for (let i = 0; i < 3; i++) sent.push(await post(id, sender()));
    const ids = sent.map((s) => (s.kind === 'sent' ? s.id : 0));
    signInAs(people.moderator);
    expect(await moderateCommentsAction({ ids, verb: 'approve' })).toMatchObject({ ok: true, data: { count: 3 } });
    expect((await replyAsNewsroomAction({ parentId: ids[0]!, body: 'Cảm ơn bạn đã góp ý.' })).ok).toBe(true);
    const rows = await listApprovedComments({ articleId: id });
    expect(rows).toHaveLength(4);
    const threads = threadComments(rows);
    expect(threads).toHaveLength(3);
    expect(threads[0]!.replies[0]).toMatchObject({ staff: true, replyTo: 'Bạn đọc', body: 'Cảm ơn bạn đã góp ý.' });
    expect(JSON.stringify(threads)).not.toMatch(/@example\.vn|ip-/);
  });

  it('editors close and reopen a story; moderators may not', async () => {
    const id = await story();
    signInAs(people.moderator);
    expect((await setStoryCommentsClosedAction({ articleId: id, closed: true })).ok).toBe(false);
    signInAs(people.editor);
    expect((await setStoryCommentsClosedAction({ articleId: id, closed: true })).ok).toBe(true);
    expect(await post(id, sender())).toMatchObject({ kind: 'closed', reason: 'editor' });
    expect((await setStoryCommentsClosedAction({ articleId: id, closed: false })).ok).toBe(true);
    expect((await post(id, sender())).kind).toBe('sent');
  });
});

describe('hostile comment fields', () => {
  it('drops NUL and control characters and refuses ids PostgreSQL cannot hold, instead of failing', async () => {
    const id = await story();
    const outcome = await post(id, sender(), { name: 'Bạn\u0000 đọc\u001b', body: 'Nội dung có NUL\u0000 ở giữa câu.' });
    expect(outcome).toMatchObject({ kind: 'sent', status: 'pending' });
    const [row] = await rowsOf(id);
    expect(row).toMatchObject({ name: 'Bạn đọc', body: 'Nội dung có NUL ở giữa câu.' });
    expect((await submitReaderComment({ articleId: '1e308', name: 'Bạn đọc', email: 'a@b.vn', body: 'Nội dung đủ dài.' }, 'ip-h')).kind).toBe('invalid');
    expect((await submitReaderComment({ articleId: id, parentId: 1e308, name: 'Bạn đọc', email: 'a@b.vn', body: 'Nội dung đủ dài.' }, 'ip-h')).kind).toBe('invalid');
  });
});
