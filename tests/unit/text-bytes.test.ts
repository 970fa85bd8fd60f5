import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_KEPT, MIN_TEXT_LENGTH, keptCount, sendLargeTextAsBytes, textBytes } from '@/lib/server/text-bytes.mjs';

// A page as Next sends it from the cache: one string, Vietnamese (a two-byte string in V8).
const page = `<!DOCTYPE html><html lang="vi"><body>${'<p>Phường Hùng Vương xây dựng tổ chức cơ sở Đảng vững mạnh — “tiêu biểu”.</p>'.repeat(200)}</body></html>`;
const small = 'Không tìm thấy trang.';

let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    sendLargeTextAsBytes(res);
    const url = new URL(req.url ?? '/', 'http://x');
    const body = url.pathname === '/small' ? small : page;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    if (url.searchParams.has('length')) res.setHeader('content-length', Buffer.byteLength(body));
    if (url.pathname === '/latin1') res.end(body, 'latin1');
    else if (url.pathname === '/callback') res.end(body, () => res.emit('sent-callback'));
    else res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function bytesOf(path: string) {
  const response = await fetch(`${base}${path}`);
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('large text bodies sent as bytes', () => {
  it('sends exactly the UTF-8 of the page, with or without a length set by the app', async () => {
    expect(page.length).toBeGreaterThan(MIN_TEXT_LENGTH);
    for (const path of ['/', '/?length', '/callback']) {
      const { response, bytes } = await bytesOf(path);
      expect(bytes.equals(Buffer.from(page, 'utf8'))).toBe(true);
      if (path === '/?length') expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(page)));
    }
  });

  it('leaves small bodies and other encodings as they were', async () => {
    expect((await bytesOf('/small')).bytes.toString('utf8')).toBe(small);
    expect((await bytesOf('/latin1')).bytes.equals(Buffer.from(page, 'latin1'))).toBe(true);
  });

  it('encodes a text once while it is recent, and keeps a bounded number', () => {
    const text = `${page}<!-- một -->`;
    const first = textBytes(text);
    expect(textBytes(`${page}<!-- một -->`)).toBe(first); // an equal string, as from Redis
    for (let i = 0; i < MAX_KEPT + 5; i++) textBytes(`${page}${i}`);
    expect(keptCount()).toBe(MAX_KEPT);
    expect(textBytes(text)).not.toBe(first); // dropped, encoded again
    expect(textBytes(text).equals(first)).toBe(true);
  });
});
