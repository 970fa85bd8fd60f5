import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { mailOutbox, passwordResets } from '@/db/schema/mail';
import { auditLog } from '@/db/schema/site';
import { users } from '@/db/schema/users';
import { makeResetLink, MAX_PER_ACCOUNT, MAX_PER_ADDRESS, requestPasswordReset, RESET_TTL_MS, resetLinkUsable, resetPasswordWithToken } from '@/lib/auth/password-reset';
import { hashPassword } from '@/lib/auth/passwords';
import { signIn } from '@/lib/auth/sign-in';
import { deliverDueMail } from '@/lib/mail/outbox';
import { startSmtpServer } from '../support/smtp';

const OLD = 'mat-khau-cu-123';
const NEW = 'mat-khau-moi-456';
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let serial = 0;

beforeAll(async () => {
  smtp = await startSmtpServer();
});
beforeEach(() => {
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = 'Tòa soạn <toasoan@example.vn>';
  smtp.refuse = false;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  await smtp.close();
});

async function account(active = true) {
  const db = await getDb();
  const tag = `${++serial}-${Math.random().toString(36).slice(2, 7)}`;
  const email = `reset-${tag}@toasoan.vn`;
  const [row] = await db
    .insert(users)
    .values({ email, name: `Người quên ${tag}`, slug: `nguoi-quen-${tag}`, role: 'writer', active, passwordHash: await hashPassword(OLD) })
    .returning({ id: users.id, sessionVersion: users.sessionVersion });
  return { email, ...row! };
}
const address = () => `198.51.${(++serial % 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;
const tokenIn = (text: string) => /\/admin\/dat-lai-mat-khau\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? null;

describe('password reset by email', () => {
  it('emails a single-use link; afterwards the old password and every session stop working', async () => {
    const person = await account();
    expect(await requestPasswordReset({ email: person.email.toUpperCase(), ip: address() })).toEqual({ ok: true });
    await deliverDueMail();
    const mail = await smtp.next((m) => m.to.includes(person.email));
    expect(mail.subject).toBe('Đặt lại mật khẩu tòa soạn');
    expect(mail.text).toContain('30 phút');
    const token = tokenIn(mail.text)!;
    expect(token).toBeTruthy();
    // Only a hash is stored: the token itself is nowhere in the database.
    const db = await getDb();
    const rows = await db.select().from(passwordResets).where(eq(passwordResets.userId, person.id));
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);

    expect(await resetLinkUsable(token)).toBe(true);
    expect(await resetPasswordWithToken({ token, password: NEW })).toEqual({ ok: true });
    expect((await signIn({ email: person.email, password: OLD, ip: address() })).ok).toBe(false);
    const signedIn = await signIn({ email: person.email, password: NEW, ip: address() });
    expect(signedIn.ok && signedIn.user.sessionVersion).toBe(person.sessionVersion + 1);
    // Used once: the link is spent.
    expect(await resetLinkUsable(token)).toBe(false);
    expect(await resetPasswordWithToken({ token, password: 'mat-khau-thu-ba-789' })).toEqual({ ok: false, reason: 'linkInvalid' });
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.action, 'auth.passwordReset'), eq(auditLog.targetId, String(person.id))));
    expect(audit).toHaveLength(1);
  });

  it('answers the same for unknown and inactive addresses, and sends nothing', async () => {
    const inactive = await account(false);
    const unknown = `khong-co-${Date.now()}@toasoan.vn`;
    expect(await requestPasswordReset({ email: unknown, ip: address() })).toEqual({ ok: true });
    expect(await requestPasswordReset({ email: inactive.email, ip: address() })).toEqual({ ok: true });
    const db = await getDb();
    for (const to of [unknown, inactive.email]) expect(await db.select().from(mailOutbox).where(eq(mailOutbox.to, to))).toHaveLength(0);
    expect(await db.select().from(passwordResets).where(eq(passwordResets.userId, inactive.id))).toHaveLength(0);
  });

  it('a link lapses after 30 minutes, and using one spends the older ones', async () => {
    const person = await account();
    const now = new Date();
    await requestPasswordReset({ email: person.email, ip: address(), now });
    await requestPasswordReset({ email: person.email, ip: address(), now });
    await deliverDueMail();
    await expect.poll(() => smtp.received.filter((m) => m.to.includes(person.email)).length).toBe(2);
    const [first, second] = smtp.received.filter((m) => m.to.includes(person.email)).map((m) => tokenIn(m.text)!);
    expect(await resetPasswordWithToken({ token: first!, password: NEW, now: new Date(now.getTime() + RESET_TTL_MS + 1000) })).toEqual({ ok: false, reason: 'linkInvalid' });
    expect(await resetPasswordWithToken({ token: second!, password: NEW, now })).toEqual({ ok: true });
    expect(await resetLinkUsable(first!)).toBe(false);
  });

  it('limits requests per account (silently) and per address (with a refusal)', async () => {
    const person = await account();
    for (let i = 0; i < MAX_PER_ACCOUNT + 2; i++) expect(await requestPasswordReset({ email: person.email, ip: address() })).toEqual({ ok: true });
    await deliverDueMail();
    await expect.poll(() => smtp.received.filter((m) => m.to.includes(person.email)).length).toBe(MAX_PER_ACCOUNT);
    const db = await getDb();
    expect(await db.select().from(mailOutbox).where(eq(mailOutbox.to, person.email))).toHaveLength(MAX_PER_ACCOUNT);

    const ip = address();
    const outcomes = [];
    for (let i = 0; i < MAX_PER_ADDRESS + 1; i++) outcomes.push(await requestPasswordReset({ email: (await account()).email, ip }));
    expect(outcomes.slice(0, MAX_PER_ADDRESS).every((o) => o.ok)).toBe(true);
    expect(outcomes[MAX_PER_ADDRESS]).toEqual({ ok: false, reason: 'throttled' });
  });

  it('without a mail server nothing is queued, and an admin makes the link instead (audited)', async () => {
    delete process.env.SMTP_URL;
    const person = await account();
    expect(await requestPasswordReset({ email: person.email, ip: address() })).toEqual({ ok: false, reason: 'mailOff' });
    const admin = await account();
    const made = await makeResetLink({ id: person.id }, { id: admin.id });
    if (!made.ok) throw new Error('no link');
    const token = made.link.split('/').pop()!;
    expect(made.link).toContain('/admin/dat-lai-mat-khau/');
    expect(await resetPasswordWithToken({ token, password: NEW })).toEqual({ ok: true });
    expect((await signIn({ email: person.email, password: NEW, ip: address() })).ok).toBe(true);
    const db = await getDb();
    expect(await db.select().from(auditLog).where(and(eq(auditLog.action, 'staff.resetLink'), eq(auditLog.actorId, admin.id)))).toHaveLength(1);
  });
});

describe('the mail outbox', () => {
  it('keeps a message the server refuses and sends it on a later tick', async () => {
    const person = await account();
    smtp.refuse = true;
    expect(await requestPasswordReset({ email: person.email, ip: address() })).toEqual({ ok: true });
    await deliverDueMail();
    const db = await getDb();
    const [queued] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, person.email));
    expect(queued).toMatchObject({ attempts: 1, sentAt: null, failedAt: null });
    expect(queued!.lastError).toMatch(/550/);
    expect(queued!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    smtp.refuse = false;
    await deliverDueMail(() => new Date(queued!.nextAttemptAt.getTime() + 1000));
    const mail = await smtp.next((m) => m.to.includes(person.email));
    expect(tokenIn(mail.text)).toBeTruthy();
    const [after] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, queued!.id));
    expect(after!.sentAt).not.toBeNull();
  });

  it('a mail server that is down never blocks the request', async () => {
    process.env.SMTP_URL = 'smtp://127.0.0.1:1';
    const person = await account();
    expect(await requestPasswordReset({ email: person.email, ip: address() })).toEqual({ ok: true });
    await deliverDueMail();
    const db = await getDb();
    const [queued] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, person.email));
    expect(queued).toMatchObject({ attempts: 1, sentAt: null });
  });
});
