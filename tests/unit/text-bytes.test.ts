import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_KEPT, MIN_TEXT_LENGTH, encodedText, keptCount, sendPages, textBytes } from '@/lib/server/text-bytes.mjs';

// A page as Next sends it from the cache: one string, Vietnamese (a two-byte string in V8).
const page = `<!DOCTYPE html><html lang="vi"><body>${'<p>Phường Hùng Vương xây dựng tổ chức cơ sở Đảng vững mạnh — “tiêu biểu”.</p>'.repeat(200)}</body></html>`;
const small = 'Không tìm thấy trang.';

let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    sendPages(req, res); // as scripts/server.mjs sends every response
    const url = new URL(req.url ?? '/', 'http://x');
    const body = url.pathname === '/small' ? small : url.pathname === '/other' ? `${page}<!-- khác -->` : page;
    if (url.pathname === '/missing') res.statusCode = 404;
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

/** A GET with exactly these headers (fetch adds `cache-control: no-cache` to a conditional request). */
function bytesOf(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ response: { status: number; headers: Map<string, string> }; bytes: Buffer }>((resolve, reject) => {
    http.get(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const names = new Map(Object.entries(res.headers).map(([name, value]) => [name, String(value)]));
        resolve({ response: { status: res.statusCode ?? 0, headers: names }, bytes: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
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

  it('gives each page an ETag of its bytes and answers a client that has them with 304', async () => {
    const { response: first } = await bytesOf('/');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect((await bytesOf('/')).response.headers.get('etag')).toBe(etag); // the same page: the same tag
    expect((await bytesOf('/other')).response.headers.get('etag')).not.toBe(etag); // another page: another
    expect((await bytesOf('/small')).response.headers.get('etag')).toBe(encodedText(small).etag); // small pages too

    for (const header of [etag!, `W/${etag}`, `"x", ${etag}`, '*']) {
      const { response, bytes } = await bytesOf('/', { 'if-none-match': header });
      expect(response.status).toBe(304);
      expect(bytes.length).toBe(0);
      expect(response.headers.get('etag')).toBe(etag);
    }
    // A stale tag, a reload that bypasses caches, another page: the whole page.
    for (const [path, headers] of [['/', { 'if-none-match': '"x"' }], ['/', { 'if-none-match': etag!, 'cache-control': 'no-cache' }], ['/other', { 'if-none-match': etag! }]] as const) {
      const { response, bytes } = await bytesOf(path, headers);
      expect(response.status).toBe(200);
      expect(bytes.toString('utf8').startsWith('<!DOCTYPE html>')).toBe(true);
    }
  });

  it('gzips for a client that asks, beneath the ETag, and answers it 304 alike', async () => {
    const { response, bytes } = await bytesOf('/', { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(zlib.gunzipSync(bytes).toString('utf8')).toBe(page);
    const etag = response.headers.get('etag');
    expect(etag).toBe(encodedText(page).etag);
    const again = await bytesOf('/', { 'accept-encoding': 'gzip', 'if-none-match': etag! });
    expect(again.response.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    expect(again.response.headers.get('content-encoding')).toBeUndefined();
  });

  it('puts no ETag on an error page and never answers it 304', async () => {
    const { response } = await bytesOf('/missing', { 'if-none-match': '*' });
    expect(response.status).toBe(404);
    expect(response.headers.get('etag')).toBeUndefined();
  });
});
