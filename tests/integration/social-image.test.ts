import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { updateMediaDetails } from '@/db/queries/media';
import { upsertStaff } from '@/db/queries/seed';
import { parseSocialPath, socialImagePath } from '@/lib/media/social-card';
import { socialImage } from '@/lib/media/social';
import { mediaStorage } from '@/lib/media/storage';
import { ingestUpload } from '@/lib/media/upload';

// PGlite runs keep media beside their database; give PostgreSQL runs a folder of their own too.
const ownDir = process.env.NEWSROOM_TEST_ENGINE === 'postgres' ? fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-og-')) : null;
if (ownDir) process.env.NEWSROOM_DATA_DIR = ownDir;
afterAll(() => {
  if (ownDir) fs.rmSync(ownDir, { recursive: true, force: true });
});

let userId = 0;
beforeAll(async () => {
  userId = (await upsertStaff([{ email: 'og@social.test', name: 'Ảnh mạng xã hội', slug: 'og-social', role: 'writer' }])).get('og@social.test')!;
});

/** A 3:2 photo, red above and blue below (plus a random tint so no two runs share a file). */
async function twoTonePhoto(): Promise<Buffer> {
  const tint = Math.floor(Math.random() * 40);
  const half = (r: number, b: number) => sharp({ create: { width: 2400, height: 800, channels: 3, background: { r, g: tint, b } } }).png().toBuffer();
  return sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#000' } })
    .composite([
      { input: await half(230, 20), top: 0, left: 0 },
      { input: await half(20, 230), top: 800, left: 0 },
    ])
    .jpeg({ quality: 92 })
    .toBuffer();
}

async function setFocal(id: number, focalX: number, focalY: number) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await updateMediaDetails({ id, alt: 'Ảnh thử', caption: '', credit: '', focalX, focalY }, tx);
  });
}

async function card(image: { id: number; focalX: number; focalY: number }) {
  const [, , id, file] = socialImagePath(image).split('/');
  const result = await socialImage(parseSocialPath(id!, file!)!);
  if (result?.kind !== 'file') throw new Error(`expected a file, got ${JSON.stringify(result)}`);
  const bytes = result.body instanceof Uint8Array ? Buffer.from(result.body) : Buffer.from(await new Response(result.body).arrayBuffer());
  expect(bytes.length).toBe(result.size);
  return bytes;
}

async function centre(bytes: Buffer) {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const at = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels;
  return { r: data[at]!, b: data[at + 2]! };
}

describe('social cards (Open Graph images)', () => {
  it('are 1200×630 compressed JPEGs cropped around the focal point, made once and then read from storage', async () => {
    const { media } = await ingestUpload({ bytes: await twoTonePhoto(), originalName: 'hai-mau.jpg', userId });
    await setFocal(media.id, 0.5, 0.02);
    const top = await card({ id: media.id, focalX: 0.5, focalY: 0.02 });
    const meta = await sharp(top).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: 'jpeg', width: 1200, height: 630 });
    expect(top.length).toBeLessThan(150_000);
    expect((await centre(top)).r).toBeGreaterThan(180);

    // Stored once: the same address now comes from storage, byte for byte.
    expect(await mediaStorage().size(`og/${media.id}-500-20.jpg`)).toBe(top.length);
    expect((await card({ id: media.id, focalX: 0.5, focalY: 0.02 })).equals(top)).toBe(true);

    // The focal point moved to the lower half: the new card keeps the blue, the old address moves on.
    await setFocal(media.id, 0.5, 0.98);
    expect((await centre(await card({ id: media.id, focalX: 0.5, focalY: 0.98 }))).b).toBeGreaterThan(180);
    expect(await socialImage({ id: media.id, fx: 500, fy: 20 })).toEqual({ kind: 'moved', path: `/og/${media.id}/500-980.jpg` });
  });

  it('a small photo is never enlarged: the card keeps the 1.91:1 shape at the photo size', async () => {
    const bytes = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 10, g: Math.floor(Math.random() * 255), b: 99 } } }).jpeg().toBuffer();
    const { media } = await ingestUpload({ bytes, originalName: 'nho.jpg', userId });
    const meta = await sharp(await card(media)).metadata();
    expect({ width: meta.width, height: meta.height }).toEqual({ width: 800, height: 420 });
  });

  it('answers nothing for addresses that are not a card of a stored photo', async () => {
    for (const [id, file] of [
      ['0', '500-500.jpg'],
      ['12', '500-500.png'],
      ['12', '1001-500.jpg'],
      ['12', '-1-500.jpg'],
      ['99999999999', '500-500.jpg'],
      ['12', '../../etc/passwd'],
      ['abc', '500-500.jpg'],
    ]) {
      expect(parseSocialPath(id!, file!), `${id}/${file}`).toBeNull();
    }
    expect(await socialImage({ id: 2_000_000_000, fx: 500, fy: 500 })).toBeNull();
  });
});
