import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { upsertStaff } from '@/db/queries/seed';
import { ingestUpload, MAX_UPLOAD_BYTES } from '@/lib/media/upload';
import { signInAs } from '../support/as-user';

vi.mock('@/lib/auth/session', async () => (await import('../support/as-user')).sessionMock);

// Counts how many photographs are being encoded at once.
const encoding = { now: 0, most: 0 };
vi.mock('@/lib/media/process', async (original) => {
  const real = await original<typeof import('@/lib/media/process')>();
  return {
    ...real,
    encodeOriginal: async (...args: Parameters<typeof real.encodeOriginal>) => {
      encoding.most = Math.max(encoding.most, ++encoding.now);
      try {
        return await real.encodeOriginal(...args);
      } finally {
        encoding.now--;
      }
    },
  };
});

const ownDir = process.env.NEWSROOM_TEST_ENGINE === 'postgres' ? fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-media-')) : null;
if (ownDir) process.env.NEWSROOM_DATA_DIR = ownDir;
afterAll(() => {
  if (ownDir) fs.rmSync(ownDir, { recursive: true, force: true });
});

let writer = { id: 0, name: 'Người viết', email: 'writer@limits.test', role: 'writer' as const };
beforeAll(async () => {
  const ids = await upsertStaff([{ email: writer.email, name: writer.name, slug: 'limits-writer', role: 'writer' }]);
  writer = { ...writer, id: ids.get(writer.email)! };
});

describe('upload limits', () => {
  it('stops reading a chunked body without Content-Length once it passes the cap (413)', async () => {
    const { POST } = await import('@/app/api/media/route');
    signInAs(writer);
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request('http://localhost/api/media', {
      method: 'POST',
      body: endless,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      duplex: 'half',
    } as RequestInit);
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(MAX_UPLOAD_BYTES + 4 * chunk.byteLength);
  });

  it('encodes at most two photographs at a time', async () => {
    encoding.most = 0;
    const pictures = await Promise.all(
      Array.from({ length: 5 }, (_, i) => sharp({ create: { width: 900, height: 600, channels: 3, background: { r: i * 40, g: 90, b: Math.floor(Math.random() * 255) } } }).jpeg().toBuffer()),
    );
    const results = await Promise.all(pictures.map((bytes) => ingestUpload({ bytes, originalName: 'anh.jpg', userId: writer.id })));
    expect(results).toHaveLength(5);
    expect(encoding.most).toBeGreaterThanOrEqual(1);
    expect(encoding.most).toBeLessThanOrEqual(2);
  });
});
