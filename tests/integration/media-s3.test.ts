import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertStaff } from '@/db/queries/seed';
import { copyMediaLibrary } from '@/lib/media/migrate-storage';
import { mediaStorage, s3MediaStorage, type S3Settings } from '@/lib/media/storage';
import { ingestUpload } from '@/lib/media/upload';

// A real S3-API server (s3rver) on a free port, with a folder of its own: the SDK talks HTTP to it.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-s3-'));
const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: path.join(dir, 's3'), configureBuckets: [{ name: 'anh-toa-soan', configs: [] }] });
let settings: S3Settings;

beforeAll(async () => {
  const address = (await server.run()) as AddressInfo;
  settings = { endpoint: `http://127.0.0.1:${address.port}`, region: 'us-east-1', bucket: 'anh-toa-soan', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true };
  Object.assign(process.env, {
    S3_ENDPOINT: settings.endpoint,
    S3_BUCKET: settings.bucket,
    S3_REGION: settings.region,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const photo = () => sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 30, g: 120, b: 200 } } }).jpeg().toBuffer();

describe('media on an S3-compatible bucket', () => {
  it('stores, reads, streams, sizes and deletes through the S3 API', async () => {
    const storage = s3MediaStorage(settings);
    await storage.check();
    const data = Buffer.from('anh thu nghiem');
    await storage.put('uploads/2026/12/thu.jpg', data);
    expect(await storage.get('uploads/2026/12/thu.jpg')).toEqual(data);
    expect(await storage.size('uploads/2026/12/thu.jpg')).toBe(data.length);
    const opened = (await storage.open('uploads/2026/12/thu.jpg'))!;
    expect(opened.size).toBe(data.length);
    expect(Buffer.from(await new Response(opened.body).arrayBuffer())).toEqual(data);
    await storage.delete('uploads/2026/12/thu.jpg');
    expect(await storage.get('uploads/2026/12/thu.jpg')).toBeNull();
    expect(await storage.open('uploads/2026/12/khong-co.jpg')).toBeNull();
    expect(await storage.size('../etc/passwd')).toBeNull();
    await expect(storage.put('../x.jpg', data)).rejects.toThrow(/unsafe/);
  });

  it('puts an upload\'s original and variants into the bucket when S3_BUCKET is set', async () => {
    expect(mediaStorage().driver).toBe('s3');
    const ids = await upsertStaff([{ email: 'anh@s3.vn', name: 'Phóng viên ảnh', slug: 'anh-s3', role: 'writer' }]);
    const { media } = await ingestUpload({ bytes: await photo(), originalName: 'a.jpg', userId: ids.get('anh@s3.vn')! });
    const bucket = s3MediaStorage(settings);
    expect(await bucket.size(media.key)).toBeGreaterThan(0);
    for (const variant of media.variants) expect(await bucket.size(variant.key)).toBeGreaterThan(0);
  });

  it('media:migrate copies a local library, verifies sizes, and skips what is already there', async () => {
    const local = path.join(dir, 'local-media');
    fs.mkdirSync(path.join(local, 'uploads/2025/01'), { recursive: true });
    fs.writeFileSync(path.join(local, 'uploads/2025/01/a.jpg'), 'aaaa');
    fs.writeFileSync(path.join(local, 'uploads/2025/01/b.webp'), 'bbbbbbbb');
    const bucket = s3MediaStorage(settings);
    const seen: string[] = [];
    expect(await copyMediaLibrary(local, bucket, (p) => seen.push(p.key))).toEqual({ done: 2, copied: 2, skipped: 0 });
    expect(seen).toEqual(['uploads/2025/01/a.jpg', 'uploads/2025/01/b.webp']);
    expect(await bucket.get('uploads/2025/01/b.webp')).toEqual(Buffer.from('bbbbbbbb'));
    fs.writeFileSync(path.join(local, 'uploads/2025/01/c.png'), 'cc');
    expect(await copyMediaLibrary(local, bucket)).toEqual({ done: 3, copied: 1, skipped: 2 });
  });
});
