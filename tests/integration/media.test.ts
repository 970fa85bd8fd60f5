import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { upsertStaff } from '@/db/queries/seed';
import { media } from '@/db/schema/media';
import { auditLog } from '@/db/schema/site';
import type { Role } from '@/db/schema/users';
import { messages } from '@/lib/i18n/messages';
import { browseMedia } from '@/lib/media/library';
import { mediaStorage } from '@/lib/media/storage';
import { ingestUpload, MAX_UPLOAD_BYTES, MediaRejected, type RejectReason } from '@/lib/media/upload';
import { signInAs, signOutUser } from '../support/as-user';

vi.mock('@/lib/auth/session', async () => (await import('../support/as-user')).sessionMock);

// PGlite runs keep media beside their database; give PostgreSQL runs a folder of their own too.
const ownDir = process.env.NEWSROOM_TEST_ENGINE === 'postgres' ? fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-media-')) : null;
if (ownDir) process.env.NEWSROOM_DATA_DIR = ownDir;
afterAll(() => {
  if (ownDir) fs.rmSync(ownDir, { recursive: true, force: true });
});

const t = messages.media;
const staff: Record<Role, { id: number; name: string; email: string; role: Role }> = {} as never;

beforeAll(async () => {
  const roles: Role[] = ['writer', 'editor', 'moderator', 'admin'];
  const ids = await upsertStaff(roles.map((role) => ({ email: `${role}@media.test`, name: `Người ${role}`, slug: `media-${role}`, role })));
  for (const role of roles) staff[role] = { id: ids.get(`${role}@media.test`)!, name: `Người ${role}`, email: `${role}@media.test`, role };
});

let drawn = 0;
/** A photograph of its own for each call (unique content, so never a duplicate of another test's). */
function picture(width = 1200, height = 800) {
  drawn += 1;
  const background = { r: (drawn * 37) % 256, g: (drawn * 91 + Math.floor(Math.random() * 200)) % 256, b: (drawn * 53) % 256 };
  return sharp({ create: { width, height, channels: 3, background } });
}

function mediaFiles(): string[] {
  const root = path.join(process.env.NEWSROOM_DATA_DIR!, 'media', 'uploads');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(root, f)).isFile()).sort();
}

async function counts() {
  const db = await getDb();
  const [rows] = await db.select({ n: count() }).from(media);
  const [audits] = await db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'media.upload'));
  return { rows: rows!.n, audits: audits!.n, files: mediaFiles() };
}

async function expectRefused(upload: Promise<unknown>, reason: RejectReason) {
  const error = await upload.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediaRejected);
  expect((error as MediaRejected).reason).toBe(reason);
}

const upload = (bytes: Buffer, originalName = 'anh.jpg', userId = staff.writer.id) => ingestUpload({ bytes, originalName, userId });

describe('ingestUpload', () => {
  it('strips EXIF with GPS, turns the photo upright and makes WebP variants no wider than it', async () => {
    const bytes = await picture(1200, 800)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { Make: 'MayAnh' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 18/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 50/1 0/1' } })
      .toBuffer();
    const input = await sharp(bytes).metadata();
    expect(input.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true); // the GPS IFD pointer is there

    const { media: row, duplicate } = await upload(bytes, 'IMG_0001.JPG');
    expect(duplicate).toBe(false);
    expect(row.key).toMatch(/^uploads\/\d{4}\/\d{2}\/[0-9a-f]{32}\.jpg$/);
    expect(row).toMatchObject({ mime: 'image/jpeg', width: 800, height: 1200, uploadedBy: staff.writer.id });

    const stored = (await mediaStorage().get(row.key))!;
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 800, height: 1200 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(stored.includes(Buffer.from('MayAnh'))).toBe(false);
    expect(row.size).toBe(stored.length);

    expect(row.variants.map((v) => [v.width, v.height])).toEqual([
      [320, 480],
      [640, 960],
      [800, 1200],
    ]);
    for (const variant of row.variants) {
      const file = (await mediaStorage().get(variant.key))!;
      const vm = await sharp(file).metadata();
      expect(vm).toMatchObject({ format: 'webp', width: variant.width, height: variant.height });
      expect(vm.exif).toBeUndefined();
      expect(variant.mime).toBe('image/webp');
    }

    const db = await getDb();
    const entries = await db.select().from(auditLog).where(eq(auditLog.targetId, String(row.id)));
    expect(entries).toEqual([expect.objectContaining({ action: 'media.upload', actorId: staff.writer.id, targetType: 'media' })]);
  });

  it('makes the four standard widths for a large photo, and one copy at its own width for a small one', async () => {
    const large = await upload(await picture(2400, 1200).jpeg().toBuffer());
    expect(large.media.variants.map((v) => v.width)).toEqual([320, 640, 1024, 1600]);
    const small = await upload(await picture(200, 150).png().toBuffer(), 'nho.png');
    expect(small.media.variants.map((v) => [v.width, v.height])).toEqual([[200, 150]]);
  });

  it('lets the content decide: a PNG named .jpg is stored as a PNG; WebP and AVIF are accepted', async () => {
    const png = await upload(await picture(640, 480).png().toBuffer(), 'anh-that-ra-la-png.jpg');
    expect(png.media).toMatchObject({ mime: 'image/png', width: 640, height: 480 });
    expect(png.media.key).toMatch(/\.png$/);
    const webp = await upload(await picture(500, 500).webp().toBuffer(), 'anh.webp');
    expect(webp.media).toMatchObject({ mime: 'image/webp', width: 500, height: 500 });
    const avif = await upload(await picture(400, 300).avif({ effort: 0 }).toBuffer(), 'anh.avif');
    expect(avif.media).toMatchObject({ mime: 'image/avif', width: 400, height: 300 });
    expect((await sharp((await mediaStorage().get(avif.media.key))!).metadata()).compression).toBe('av1');
  });

  it('refuses what is not a JPEG, PNG, WebP or AVIF photo, and keeps nothing', async () => {
    const before = await counts();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="red"/></svg>');
    await expectRefused(upload(Buffer.from('Đây là một tệp văn bản, không phải ảnh.\n'), 'anh.jpg'), 'notImage');
    await expectRefused(upload(await picture(400, 300).gif().toBuffer(), 'dong.gif'), 'notImage');
    await expectRefused(upload(svg, 'hinh.jpg'), 'notImage');
    await expectRefused(upload(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), 'tai-lieu.jpg'), 'notImage');
    await expectRefused(upload(Buffer.alloc(0), 'rong.jpg'), 'empty');
    // Looks like a JPEG at first glance, is not one.
    await expectRefused(upload(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4000, 7)]), 'hong.jpg'), 'unreadable');
    await expectRefused(upload(await picture(10, 10).png().toBuffer(), 'ti-hon.png'), 'tooSmall');
    expect(await counts()).toEqual(before);
  });

  it('refuses a file over 20 MB before decoding it', async () => {
    const before = await counts();
    const huge = Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0);
    huge.set([0xff, 0xd8, 0xff, 0xe0]);
    await expectRefused(upload(huge, 'qua-lon.jpg'), 'tooLarge');
    expect(await counts()).toEqual(before);
  });

  it('deletes the files it wrote when the database refuses the row', async () => {
    const before = await counts();
    const bytes = await picture(900, 600).jpeg().toBuffer();
    // No such staff member: the insert breaks its foreign key after the files are written.
    await expect(upload(bytes, 'anh.jpg', 987_654)).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });

  it('stores the same file once and hands back the photo already in the library', async () => {
    const bytes = await picture(700, 500).jpeg().toBuffer();
    const first = await upload(bytes);
    const files = mediaFiles();
    const again = await upload(bytes, 'ban-sao.jpg', staff.editor.id);
    expect(again).toEqual({ media: first.media, duplicate: true });
    expect(mediaFiles()).toEqual(files);
  });
});

describe('browsing and searching the library', () => {
  it('finds photos by alt text, caption or credit, ignoring accents and case, newest first by keyset', async () => {
    const marker = `thuvien${Date.now().toString(36)}`;
    const ids: number[] = [];
    const texts = [
      { alt: `Cầu Đông Xuyên ${marker}`, caption: '', credit: '' },
      { alt: 'Ảnh khác', caption: `Lễ hội đền Hùng ${marker}`, credit: '' },
      { alt: 'Ảnh nữa', caption: '', credit: `Ảnh: Ngô Tuấn Anh ${marker}` },
      { alt: 'Không liên quan', caption: '', credit: '' },
    ];
    for (const text of texts) ids.push((await ingestUpload({ bytes: await picture(400, 300).jpeg().toBuffer(), originalName: 'a.jpg', userId: staff.writer.id, text })).media.id);

    const page = await browseMedia({ q: marker, limit: 2 });
    expect(page.items.map((i) => i.id)).toEqual([ids[2], ids[1]]);
    const next = await browseMedia({ q: marker, limit: 2, cursor: page.nextCursor });
    expect(next.items.map((i) => i.id)).toEqual([ids[0]]);
    expect(next.nextCursor).toBeNull();

    expect((await browseMedia({ q: `dong xuyen ${marker}` })).items.map((i) => i.id)).toEqual([ids[0]]);
    expect((await browseMedia({ q: `ĐỀN HÙNG ${marker}` })).items.map((i) => i.id)).toEqual([ids[1]]);
    expect((await browseMedia({ q: `ngo tuan anh ${marker}` })).items.map((i) => i.id)).toEqual([ids[2]]);
    expect((await browseMedia({ q: '' })).items[0]!.id).toBe(ids[3]);
    for (const q of ['%', '_', '\\', "'", '😀', 'a'.repeat(500)]) await expect(browseMedia({ q, cursor: 'x' })).resolves.toHaveProperty('items');
  });
});

describe('who may use the library', () => {
  const roles = ['writer', 'editor', 'admin', 'moderator', null] as const;

  function uploadRequest(bytes: Buffer, name: string, fields: Record<string, string> = {}) {
    const form = new FormData();
    form.set('file', new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' }));
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    return new Request('http://localhost/api/media', { method: 'POST', body: form });
  }

  for (const role of roles) {
    it(`upload route and browsing: ${role ?? 'signed out'}`, async () => {
      const { GET, POST } = await import('@/app/api/media/route');
      if (role) signInAs(staff[role]);
      else signOutUser();
      const before = await counts();
      const post = await POST(uploadRequest(await picture(500, 400).jpeg().toBuffer(), 'anh.jpg', { alt: `Ảnh của ${role}`, caption: 'Chú thích' }));
      const list = await GET(new Request('http://localhost/api/media?q=anh'));
      if (role === 'moderator' || role === null) {
        const status = role ? 403 : 401;
        expect([post.status, list.status]).toEqual([status, status]);
        expect((await post.json()).error).toBe(role ? messages.auth.forbidden : messages.auth.signedOut);
        expect(await counts()).toEqual(before);
        return;
      }
      expect(post.status).toBe(201);
      const body = await post.json();
      expect(body).toMatchObject({ duplicate: false, media: { alt: `Ảnh của ${role}`, caption: 'Chú thích', mime: 'image/jpeg' } });
      expect(list.status).toBe(200);
      expect((await list.json()).items.map((i: { id: number }) => i.id)).toContain(body.media.id);
    });
  }

  it('answers a refused upload with the Vietnamese reason and keeps nothing', async () => {
    const { POST } = await import('@/app/api/media/route');
    signInAs(staff.writer);
    const before = await counts();
    const text = await POST(uploadRequest(Buffer.from('không phải ảnh'), 'anh.jpg'));
    expect(text.status).toBe(415);
    expect(await text.json()).toEqual({ error: t.notImage });
    const tooBig = Buffer.alloc(MAX_UPLOAD_BYTES + 10, 1);
    const big = await POST(uploadRequest(tooBig, 'lon.jpg'));
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: t.tooLarge });
    const longAlt = await POST(uploadRequest(await picture(300, 300).jpeg().toBuffer(), 'a.jpg', { alt: 'x'.repeat(301) }));
    expect(longAlt.status).toBe(400);
    expect((await longAlt.json()).fieldErrors.alt).toHaveLength(1);
    const crossSite = new Request('http://localhost/api/media', { method: 'POST', body: new FormData(), headers: { origin: 'https://evil.example', host: 'localhost' } });
    expect((await POST(crossSite)).status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  for (const role of roles) {
    it(`editing details: ${role ?? 'signed out'}`, async () => {
      const { updateMediaDetailsAction } = await import('@/lib/actions/media');
      const { media: row } = await upload(await picture(600, 400).jpeg().toBuffer());
      if (role) signInAs(staff[role]);
      else signOutUser();
      const input = { id: row.id, alt: ' Nông dân gặt lúa ', caption: 'Vụ mùa ở Phúc Yên', credit: 'Ảnh: T.A', focalX: 0.25, focalY: 0.8 };
      const result = await updateMediaDetailsAction(input);
      const db = await getDb();
      const [stored] = await db.select().from(media).where(eq(media.id, row.id));
      if (role === 'moderator' || role === null) {
        expect(result).toEqual({ ok: false, error: role ? messages.auth.forbidden : messages.auth.signedOut });
        expect(stored!.alt).toBe('');
        return;
      }
      expect(result).toMatchObject({ ok: true, data: { alt: 'Nông dân gặt lúa', caption: 'Vụ mùa ở Phúc Yên', credit: 'Ảnh: T.A', focalX: 0.25, focalY: 0.8 } });
      expect(stored).toMatchObject({ alt: 'Nông dân gặt lúa', credit: 'Ảnh: T.A' });
      const updates = await db.select().from(auditLog).where(eq(auditLog.action, 'media.update'));
      expect(updates.filter((u) => u.targetId === String(row.id))).toEqual([expect.objectContaining({ actorId: staff[role].id })]);
    });
  }

  it('refuses details out of bounds field by field, and an unknown photo', async () => {
    const { updateMediaDetailsAction } = await import('@/lib/actions/media');
    signInAs(staff.editor);
    const bad = await updateMediaDetailsAction({ id: 1, alt: 'a'.repeat(301), caption: 'b'.repeat(1001), credit: 'c'.repeat(201), focalX: 1.5, focalY: -0.1 });
    expect(bad.ok).toBe(false);
    expect(Object.keys((bad as { fieldErrors: object }).fieldErrors).sort()).toEqual(['alt', 'caption', 'credit', 'focalX', 'focalY']);
    const missing = await updateMediaDetailsAction({ id: 2_000_000, alt: '', caption: '', credit: '', focalX: 0.5, focalY: 0.5 });
    expect(missing).toEqual({ ok: false, error: t.notFound });
  });
});
