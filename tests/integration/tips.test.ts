import { count, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { sessionMock, signInAs } from '../support/as-user';

vi.mock('@/lib/auth/session', () => sessionMock);

import { GET as serveMedia } from '@/app/media/[...key]/route';
import { GET as serveTipPhoto } from '@/app/api/tips/[id]/photo/route';
import { POST as postTip } from '@/app/api/tips/route';
import { getDb } from '@/db/client';
import { getTip } from '@/db/queries/tips';
import { upsertStaff } from '@/db/queries/seed';
import { media } from '@/db/schema/media';
import { commentBlocklist } from '@/db/schema/moderation';
import { readerTips } from '@/db/schema/pages';
import { auditLog } from '@/db/schema/site';
import type { Role } from '@/db/schema/users';
import { setTipHandledAction } from '@/lib/actions/tips';
import { defaultCommentSettings, saveCommentSettings } from '@/lib/comments/settings';
import { signRenderToken } from '@/lib/comments/token';
import { messages } from '@/lib/i18n/messages';
import { mediaStorage } from '@/lib/media/storage';
import { TIP_PHOTO_MAX_BYTES, TIP_PHOTO_MAX_SIDE } from '@/lib/tips/photo';
import { submitReaderTip, TIP_TOKEN_SUBJECT } from '@/lib/tips/submit';

const t = messages.tips;
const people = {} as Record<Role, { id: number; name: string; email: string; role: Role }>;
let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

beforeAll(async () => {
  // The form token is signed with the auth secret, which PostgreSQL mode requires from the environment.
  process.env.NEXTAUTH_SECRET ??= 'integration-test-secret';
  const roles: Role[] = ['writer', 'editor', 'moderator', 'admin'];
  const ids = await upsertStaff(roles.map((role) => ({ email: `${role}@tp.vn`, name: `Người ${role}`, slug: `tp-${role}`, role })));
  for (const role of roles) people[role] = { id: ids.get(`${role}@tp.vn`)!, name: `Người ${role}`, email: `${role}@tp.vn`, role };
});

function sender() {
  const id = unique();
  return { contact: `nguon-${id}@example.vn`, ip: `ip-${id}` };
}

/** A tip with the form's render token issued 10 s earlier (a person who filled the form in). */
function send(who: { contact: string; ip: string }, extra: Record<string, unknown> = {}, photo: Buffer | null = null) {
  const token = signRenderToken('tip-token', TIP_TOKEN_SUBJECT, Date.now() - 10_000);
  return submitReaderTip({ name: 'Nguồn tin', contact: who.contact, message: `Có sự việc cần phản ánh ${unique()}`, token, ...extra }, photo, who.ip);
}

async function tipsFrom(ipHash: string) {
  const db = await getDb();
  return db.select().from(readerTips).where(eq(readerTips.ipHash, ipHash));
}

/** A camera photo: EXIF with the maker and a GPS position, wider than the cap. */
function cameraPhoto(width = 3200, height = 1800) {
  return sharp({ create: { width, height, channels: 3, background: '#3a6' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'CameraMakerX', Model: 'Secret Phone 9' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 18/1 0/1' } })
    .toBuffer();
}

describe('a reader sends a tip', () => {
  it('checks each field in Vietnamese and stores nothing when one fails', async () => {
    const who = sender();
    const outcome = await submitReaderTip({ name: ' A ', contact: 'khong-lien-he-duoc', message: 'ngắn' }, null, who.ip);
    expect(outcome).toEqual({ kind: 'invalid', fieldErrors: { name: [t.nameLength], contact: [t.contactInvalid], message: [t.messageShort] } });
    expect(await tipsFrom(who.ip)).toHaveLength(0);
  });

  it('keeps a tip in the inbox with its contact normalised (an email in lower case, a phone as digits)', async () => {
    const who = sender();
    expect(await send(who, { contact: who.contact.toUpperCase() })).toMatchObject({ kind: 'sent', status: 'new' });
    const other = sender();
    expect(await send(other, { contact: '0912 345.678' })).toMatchObject({ kind: 'sent', status: 'new' });
    expect((await tipsFrom(who.ip))[0]).toMatchObject({ contact: who.contact, status: 'new', photoKey: null });
    expect((await tipsFrom(other.ip))[0]).toMatchObject({ contact: '0912345678' });
  });

  it('has the comments’ abuse controls: honeypot, minimum time, unproven posts held, burst and hourly limits, blocklist', async () => {
    const trapped = sender();
    expect(await send(trapped, { website: 'http://spam.example' })).toEqual({ kind: 'trapped' });
    expect(await tipsFrom(trapped.ip)).toHaveLength(0);

    const quick = sender();
    expect(await send(quick, { token: signRenderToken('tip-token', TIP_TOKEN_SUBJECT) })).toEqual({ kind: 'tooFast' });
    // A comment's token proves nothing here.
    expect(await send(quick, { token: signRenderToken('comment-token', TIP_TOKEN_SUBJECT, Date.now() - 10_000) })).toMatchObject({ kind: 'sent', status: 'spam' });

    const noScript = sender();
    expect(await send(noScript, { token: '' })).toMatchObject({ kind: 'sent', status: 'spam' });

    const eager = sender();
    expect(await send(eager)).toMatchObject({ kind: 'sent', status: 'new' });
    expect(await send(eager)).toEqual({ kind: 'limited', window: 'burst', burstSeconds: defaultCommentSettings.burstSeconds, perHour: defaultCommentSettings.perHour });
    // The same person from another address is still counted by contact.
    expect(await send({ ...eager, ip: `${eager.ip}-2` })).toMatchObject({ kind: 'limited', window: 'burst' });
    expect(await tipsFrom(eager.ip)).toHaveLength(1);

    await saveCommentSettings({ ...defaultCommentSettings, burstSeconds: 0, perHour: 2 });
    try {
      const busy = sender();
      expect(await send(busy)).toMatchObject({ kind: 'sent' });
      expect(await send(busy)).toMatchObject({ kind: 'sent' });
      expect(await send(busy)).toMatchObject({ kind: 'limited', window: 'hour', perHour: 2 });
    } finally {
      await saveCommentSettings(defaultCommentSettings);
    }

    const blocked = sender();
    const db = await getDb();
    await db.insert(commentBlocklist).values({ kind: 'ip', value: blocked.ip });
    expect(await send(blocked)).toMatchObject({ kind: 'sent', status: 'spam' });
  });
});

describe('a tip’s photo', () => {
  it('is re-encoded without EXIF or GPS, capped in size, kept under a staff-only key and out of the media library', async () => {
    const original = await cameraPhoto();
    expect(original.includes('CameraMakerX')).toBe(true);
    const db = await getDb();
    const [{ n: libraryBefore }] = (await db.select({ n: count() }).from(media)) as [{ n: number }];
    const who = sender();
    const outcome = await send(who, {}, original);
    expect(outcome).toMatchObject({ kind: 'sent', status: 'new' });
    const [row] = await tipsFrom(who.ip);
    expect(row!.photoKey).toMatch(/^private\/tips\/\d{4}\/\d{2}\/[0-9a-f-]{36}\.jpg$/);
    const stored = (await mediaStorage().get(row!.photoKey!))!;
    const meta = await sharp(stored).metadata();
    expect(meta.exif).toBeUndefined();
    expect(stored.includes('CameraMakerX')).toBe(false);
    expect(Math.max(meta.width!, meta.height!)).toBe(TIP_PHOTO_MAX_SIDE);
    expect((await db.select({ n: count() }).from(media))[0]!.n).toBe(libraryBefore);

    // Never through the public /media route…
    const publicAnswer = await serveMedia(new Request('http://x/media'), { params: Promise.resolve({ key: row!.photoKey!.split('/') }) });
    expect(publicAnswer.status).toBe(404);
    // …only through the authenticated one, for those who may read tips.
    const ask = () => serveTipPhoto(new Request('http://x'), { params: Promise.resolve({ id: String(row!.id) }) });
    signInAs(null);
    expect((await ask()).status).toBe(401);
    for (const role of ['writer', 'moderator'] as const) {
      signInAs(people[role]);
      expect((await ask()).status).toBe(403);
    }
    signInAs(people.editor);
    const answer = await ask();
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('image/jpeg');
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await answer.arrayBuffer()).equals(stored)).toBe(true);
  });

  it('refuses a file that is not an image, in Vietnamese, storing nothing', async () => {
    const who = sender();
    const outcome = await send(who, {}, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'));
    expect(outcome).toEqual({ kind: 'invalid', fieldErrors: { photo: [t.photoNotImage] } });
    expect(await tipsFrom(who.ip)).toHaveLength(0);
  });
});

describe('the tip endpoint', () => {
  function multipart(fields: Record<string, string>, photo?: Blob) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    if (photo) form.set('photo', photo, 'anh.jpg');
    return form;
  }

  it('answers a plain form post with a redirect to the thank-you, and a refusal with a Vietnamese page', async () => {
    const ip = `ip-${unique()}`;
    const headers = { 'x-newsroom-client-address': ip };
    const ok = await postTip(new Request('http://x/api/tips', { method: 'POST', body: multipart({ name: 'Nguồn tin', contact: `${unique()}@example.vn`, message: 'Một sự việc đáng chú ý ở phường.' }), headers }));
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/gui-tin-cho-toa-soan?da-gui=1');
    const bad = await postTip(new Request('http://x/api/tips', { method: 'POST', body: multipart({ name: 'N', contact: 'x', message: 'y' }), headers }));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain(t.contactInvalid);
  });

  it('refuses a body over the cap with 413 and stores nothing', async () => {
    const ip = `ip-${unique()}`;
    const big = new Blob([new Uint8Array(TIP_PHOTO_MAX_BYTES + 128 * 1024)]);
    const answer = await postTip(
      new Request('http://x/api/tips', {
        method: 'POST',
        body: multipart({ name: 'Nguồn tin', contact: `${unique()}@example.vn`, message: 'Ảnh quá lớn gửi kèm tin.' }, big),
        headers: { 'x-newsroom-client-address': ip, accept: 'application/json' },
      }),
    );
    expect(answer.status).toBe(413);
    expect(await answer.json()).toEqual({ ok: false, message: t.tooLarge });
  });
});

describe('the inbox', () => {
  it('only editors and admins mark a tip handled; the audit log says who', async () => {
    const who = sender();
    await send(who);
    const [tip] = await tipsFrom(who.ip);
    for (const role of ['writer', 'moderator', null] as const) {
      signInAs(role ? people[role] : null);
      expect(await setTipHandledAction({ id: tip!.id, handled: true })).toMatchObject({ ok: false, error: role ? messages.auth.forbidden : messages.auth.signedOut });
    }
    expect((await getTip({ id: tip!.id }))!.status).toBe('new');
    signInAs(people.editor);
    expect(await setTipHandledAction({ id: tip!.id, handled: true })).toMatchObject({ ok: true, message: t.inbox.marked });
    expect(await getTip({ id: tip!.id })).toMatchObject({ status: 'handled', handledBy: people.editor.id, handledByName: people.editor.name });
    signInAs(people.admin);
    expect(await setTipHandledAction({ id: tip!.id, handled: false })).toMatchObject({ ok: true, message: t.inbox.reopened });
    const db = await getDb();
    const entries = await db.select({ action: auditLog.action, actorId: auditLog.actorId }).from(auditLog).where(eq(auditLog.targetType, 'tip'));
    expect(entries.filter((e) => e.actorId !== null)).toEqual(
      expect.arrayContaining([
        { action: 'tip.handle', actorId: people.editor.id },
        { action: 'tip.reopen', actorId: people.admin.id },
      ]),
    );
    expect(await setTipHandledAction({ id: 2_000_000_000, handled: true })).toMatchObject({ ok: false, error: t.inbox.notFound });
  });
});
