import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sessionMock, signInAs } from '../support/as-user';

vi.mock('@/lib/auth/session', () => sessionMock);

import { getDb } from '@/db/client';
import { mailOutbox } from '@/db/schema/mail';
import { notifications } from '@/db/schema/notifications';
import { addArticleNoteAction, createArticleAction, publishArticleAction, returnArticleAction, submitArticleAction } from '@/lib/actions/articles';
import { setEmailNotificationsAction } from '@/lib/actions/notifications';
import { deliverDueMail } from '@/lib/mail/outbox';
import { COMMENT_QUEUE_ALERT, notifyCommentQueue } from '@/lib/notifications/notify';
import { openNotifications, unreadNotifications } from '@/lib/notifications/inbox';
import { startSmtpServer } from '../support/smtp';
import { makeSection, makeStaff, type Person } from '../support/staff';
import { storyFields } from '../support/stories';

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let sectionId = 0;
let people: Record<'writer' | 'editor' | 'quiet' | 'moderator', Person>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = 'Tòa soạn <toasoan@example.vn>';
  sectionId = await makeSection('thong-bao', 'Thông báo');
  people = await makeStaff('notify.vn', { writer: 'writer', editor: 'editor', quiet: 'editor', moderator: 'moderator' });
  signInAs(people.quiet);
  await setEmailNotificationsAction({ on: false });
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  await smtp.close();
});

async function kindsFor(person: Person, articleId: number) {
  const db = await getDb();
  return (await db.select({ kind: notifications.kind }).from(notifications).where(and(eq(notifications.userId, person.id), eq(notifications.articleId, articleId)))).map((r) => r.kind);
}
async function mailsTo(person: Person) {
  const db = await getDb();
  return db.select().from(mailOutbox).where(eq(mailOutbox.to, person.email));
}

describe('notifications', () => {
  it('a story sent for review tells the editors (by email too, unless they turned it off); its writer hears of the return and the publication', async () => {
    signInAs(people.writer);
    const fields = storyFields(sectionId, { title: `Tin thông báo ${Math.random().toString(36).slice(2, 7)}` });
    const created = await createArticleAction(fields);
    if (!created.ok) throw new Error(created.error);
    const id = created.data.id;
    const submitted = await submitArticleAction({ id, baseVersion: created.data.version, fields });
    if (!submitted.ok) throw new Error(submitted.error);
    expect(await kindsFor(people.editor, id)).toEqual(['submitted']);
    expect(await kindsFor(people.quiet, id)).toEqual(['submitted']);
    expect(await kindsFor(people.writer, id)).toEqual([]); // never the person who acted
    expect(await kindsFor(people.moderator, id)).toEqual([]);

    await deliverDueMail();
    const mail = await smtp.next((m) => m.to.includes(people.editor.email) && m.subject.includes(fields.title));
    expect(mail.subject).toBe(`Bài chờ duyệt: ${fields.title}`);
    expect(mail.text).toContain(`Người writer gửi duyệt bài “${fields.title}”.`);
    expect(mail.text).toMatch(new RegExp(`/admin/articles/${id}`));
    expect((await mailsTo(people.quiet)).filter((m) => m.subject.includes(fields.title))).toEqual([]);

    signInAs(people.editor);
    const returned = await returnArticleAction({ id, baseVersion: submitted.data.version, reason: 'Cần thêm ảnh minh họa.' });
    if (!returned.ok) throw new Error(returned.error);
    signInAs(people.writer);
    const again = await submitArticleAction({ id, baseVersion: returned.data.version, fields });
    if (!again.ok) throw new Error(again.error);
    signInAs(people.editor);
    const published = await publishArticleAction({ id, baseVersion: again.data.version, fields, publishAt: null });
    expect(published.ok).toBe(true);
    expect(await kindsFor(people.writer, id)).toEqual(['returned', 'published']);

    const list = await openNotifications(people.writer as never);
    expect(list.slice(0, 2).map((n) => n.sentence)).toEqual([`Người editor đã xuất bản bài “${fields.title}”.`, `Người editor trả lại bài “${fields.title}”. Lý do: Cần thêm ảnh minh họa.`]);
    expect(list[0]!.unread).toBe(true);
    expect(await unreadNotifications(people.writer as never)).toBe(0);
    expect((await openNotifications(people.writer as never))[0]!.unread).toBe(false);
  });

  it("a note tells the story's writers, not the one who wrote it", async () => {
    signInAs(people.writer);
    const fields = storyFields(sectionId);
    const created = await createArticleAction(fields);
    if (!created.ok) throw new Error(created.error);
    await addArticleNoteAction({ articleId: created.data.id, body: 'Ghi chú của chính tôi.' });
    expect(await kindsFor(people.writer, created.data.id)).toEqual([]);
    signInAs(people.editor);
    await addArticleNoteAction({ articleId: created.data.id, body: 'Nhờ kiểm tra lại tên nhân vật.' });
    expect(await kindsFor(people.writer, created.data.id)).toEqual(['note']);
  });

  it('moderators hear once when comments pile up, again only after they have read it', async () => {
    const db = await getDb();
    const alerts = async () => (await db.select().from(notifications).where(and(eq(notifications.userId, people.moderator.id), eq(notifications.kind, 'comments')))).length;
    await db.transaction((tx) => notifyCommentQueue(tx, COMMENT_QUEUE_ALERT - 1));
    expect(await alerts()).toBe(0);
    await db.transaction((tx) => notifyCommentQueue(tx, COMMENT_QUEUE_ALERT));
    await db.transaction((tx) => notifyCommentQueue(tx, COMMENT_QUEUE_ALERT + 5));
    expect(await alerts()).toBe(1);
    await openNotifications(people.moderator as never);
    await db.transaction((tx) => notifyCommentQueue(tx, COMMENT_QUEUE_ALERT + 9));
    expect(await alerts()).toBe(2);
  });
});
