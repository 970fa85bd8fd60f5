import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { upsertStaff } from '@/db/queries/seed';
import { media } from '@/db/schema/media';
import type { Role } from '@/db/schema/users';
import { storeEmbedThumbnailAction } from '@/lib/actions/embeds';
import { messages } from '@/lib/i18n/messages';
import { storeEmbedThumbnail, THUMB_MAX_BYTES } from '@/lib/media/embed-thumbnail';
import { signInAs } from '../support/as-user';

vi.mock('@/lib/auth/session', async () => (await import('../support/as-user')).sessionMock);

const ownDir = process.env.NEWSROOM_TEST_ENGINE === 'postgres' ? fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-embed-')) : null;
if (ownDir) process.env.NEWSROOM_DATA_DIR = ownDir;

/*
 * A stand-in for YouTube's still server, started here: the domain function takes its origin as
 * a parameter (the server action never passes one), so no test seam lives in the request path.
 */
const requests: string[] = [];
let still: Buffer;
let origin = '';
const server = http.createServer((req, res) => {
  requests.push(req.url ?? '');
  const id = /^\/vi\/([\w-]{11})\/hqdefault\.jpg$/.exec(req.url ?? '')?.[1];
  if (id === 'aaaaaaaaaaa') res.writeHead(200, { 'content-type': 'image/jpeg' }).end(still);
  else if (id === 'notanimage1') res.writeHead(200, { 'content-type': 'image/jpeg' }).end('<html>not a picture</html>');
  else if (id === 'hugestill01') res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(THUMB_MAX_BYTES + 1) }).end();
  else if (id === 'endlessbody') {
    // No length, and more bytes than the cap: reading stops at the cap.
    res.writeHead(200, { 'content-type': 'image/jpeg' });
    const chunk = Buffer.alloc(256 * 1024, 1);
    for (let i = 0; i < 12; i++) res.write(chunk);
    res.end();
  } else if (id === 'neveranswer') {
    // Holds the request open: the timeout gives up.
  } else res.writeHead(404).end();
});

let writer: { id: number; name: string; email: string; role: Role };

beforeAll(async () => {
  still = await sharp({ create: { width: 480, height: 360, channels: 3, background: { r: 200, g: Math.floor(Math.random() * 255), b: 40 } } }).jpeg().toBuffer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const ids = await upsertStaff(
    (['writer', 'moderator'] as Role[]).map((role) => ({ email: `${role}@embed.test`, name: `Người ${role}`, slug: `embed-${role}`, role })),
  );
  writer = { id: ids.get('writer@embed.test')!, name: 'Người writer', email: 'writer@embed.test', role: 'writer' };
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  if (ownDir) fs.rmSync(ownDir, { recursive: true, force: true });
});

describe("an embedded video's still", () => {
  it('is fetched from the provider and stored in the media library with its size', async () => {
    const thumb = await storeEmbedThumbnail({ url: 'https://youtu.be/aaaaaaaaaaa', userId: writer.id, origin });
    expect(thumb).toMatchObject({ thumbWidth: 480, thumbHeight: 360 });
    const db = await getDb();
    const [row] = await db.select().from(media).where(eq(media.key, thumb!.thumbKey));
    expect(row).toMatchObject({ width: 480, height: 360, credit: 'YouTube', alt: messages.embeds.thumbAlt('YouTube'), uploadedBy: writer.id });
    // The same video again reuses the stored still.
    expect(await storeEmbedThumbnail({ url: 'https://www.youtube.com/watch?v=aaaaaaaaaaa', userId: writer.id, origin })).toEqual(thumb);
  });

  it('is given up quietly when the provider has none, sends something else, too much, or nothing in time', async () => {
    const db = await getDb();
    const before = (await db.select({ id: media.id }).from(media)).length;
    for (const id of ['missingvid1', 'notanimage1', 'hugestill01', 'endlessbody']) {
      expect(await storeEmbedThumbnail({ url: `https://youtu.be/${id}`, userId: writer.id, origin }), id).toBeNull();
    }
    const started = Date.now();
    expect(await storeEmbedThumbnail({ url: 'https://youtu.be/neveranswer', userId: writer.id, origin, timeoutMs: 300 })).toBeNull();
    expect(Date.now() - started).toBeLessThan(5_000);
    // Nothing listens on port 9 here: refused at once, like a machine without internet.
    expect(await storeEmbedThumbnail({ url: 'https://youtu.be/aaaaaaaaaaa', userId: writer.id, origin: 'http://127.0.0.1:9' })).toBeNull();
    expect((await db.select({ id: media.id }).from(media)).length).toBe(before);
  });

  it('is not asked for where the provider publishes none without a key or a script', async () => {
    const seen = requests.length;
    expect(await storeEmbedThumbnail({ url: 'https://www.tiktok.com/@baotuyenquang/video/7312345678901234567', userId: writer.id, origin })).toBeNull();
    expect(await storeEmbedThumbnail({ url: 'https://www.facebook.com/baotuyenquang/videos/1234567890123456/', userId: writer.id, origin })).toBeNull();
    expect(await storeEmbedThumbnail({ url: 'https://evil.example/vi/aaaaaaaaaaa', userId: writer.id, origin })).toBeNull();
    expect(requests.length).toBe(seen);
  });

  it('is fetched only for people who may upload photos, and only for addresses this site plays', async () => {
    signInAs(null);
    expect(await storeEmbedThumbnailAction({ url: 'https://youtu.be/aaaaaaaaaaa' })).toMatchObject({ ok: false, error: messages.auth.signedOut });
    signInAs({ id: writer.id + 1, name: 'Người moderator', email: 'moderator@embed.test', role: 'moderator' });
    expect(await storeEmbedThumbnailAction({ url: 'https://youtu.be/aaaaaaaaaaa' })).toMatchObject({ ok: false, error: messages.auth.forbidden });
    signInAs(writer);
    for (const url of ['https://vimeo.com/123456', 'javascript:alert(1)', '']) {
      const result = await storeEmbedThumbnailAction({ url });
      expect(result.ok, url).toBe(false);
      expect(result.ok ? null : result.fieldErrors?.url, url).toEqual([url ? messages.embeds.refused : messages.embeds.required]);
    }
  });
});
