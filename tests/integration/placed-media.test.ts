import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { updateMediaDetails, type MediaDetails } from '@/db/queries/media';
import { upsertStaff } from '@/db/queries/seed';
import { getMediaItem, placedMediaByKey } from '@/lib/media/library';
import { ingestUpload } from '@/lib/media/upload';

// PGlite runs keep media beside their database; give PostgreSQL runs a folder of their own too.
const ownDir = process.env.NEWSROOM_TEST_ENGINE === 'postgres' ? fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-placed-')) : null;
if (ownDir) process.env.NEWSROOM_DATA_DIR = ownDir;
afterAll(() => {
  if (ownDir) fs.rmSync(ownDir, { recursive: true, force: true });
});

let writerId = 0;
beforeAll(async () => {
  const ids = await upsertStaff([{ email: 'writer@placed.test', name: 'Người viết', slug: 'placed-writer', role: 'writer' }]);
  writerId = ids.get('writer@placed.test')!;
});

/** A photograph of its own (unique content, so never a duplicate of another test's). */
async function upload(width: number, height: number) {
  const colour = () => Math.floor(Math.random() * 256);
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: colour(), g: colour(), b: colour() } } }).jpeg().toBuffer();
  return (await ingestUpload({ bytes, originalName: 'anh.jpg', userId: writerId, text: { alt: 'Mô tả ban đầu', caption: 'Chú thích ban đầu', credit: 'Ảnh: A' } })).media;
}

async function describePhoto(id: number, details: MediaDetails) {
  const db = await getDb();
  await db.transaction((tx) => updateMediaDetails({ id, ...details }, tx));
}

describe('what story bodies take from the library', () => {
  it('gives each placed photo its focal point and stored copies, once per key, and leaves unknown keys out', async () => {
    const photo = await upload(1200, 800);
    await describePhoto(photo.id, { alt: 'Mô tả', caption: 'Chú thích', credit: 'Ảnh: B', focalX: 0.2, focalY: 0.75 });
    const placed = await placedMediaByKey([photo.key, photo.key, 'uploads/2020/01/khong-co.jpg']);
    expect([...placed.keys()]).toEqual([photo.key]);
    expect(placed.get(photo.key)).toMatchObject({ focalX: 0.2, focalY: 0.75 });
    expect(placed.get(photo.key)!.variants.map((v) => v.width).sort((a, b) => a - b)).toEqual([320, 640, 1024, 1200]);
    expect(await placedMediaByKey([])).toEqual(new Map());
  });

  it("reads a photo's current words for 'Dùng chữ của thư viện', and nothing for an id that does not exist", async () => {
    const photo = await upload(800, 600);
    await describePhoto(photo.id, { alt: 'Mô tả mới', caption: 'Chú thích mới của thư viện', credit: 'Ảnh: C', focalX: 0.5, focalY: 0.5 });
    expect(await getMediaItem({ id: photo.id })).toMatchObject({ id: photo.id, key: photo.key, alt: 'Mô tả mới', caption: 'Chú thích mới của thư viện', credit: 'Ảnh: C' });
    expect(await getMediaItem({ id: 2_000_000_000 })).toBeNull();
  });
});
