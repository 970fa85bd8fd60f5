import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The page cache's protocol, in memory (one instance) and against a real Redis of the test's own
 * (several): a render that began before a tag was expired, and is stored after the expiry, must
 * not be served as fresh. The cluster test saw instance B serve its pre-publish home page after
 * A's publish; one instance served its home page without a story an editor had just pinned.
 */

// CI installs redis-server (.ci/run); elsewhere, without it, this file is skipped like the cluster step.
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
const run = hasRedis || Boolean(process.env.CI);

let redis: ChildProcess;
type Cache = { handler: { get: (key: string, meta: { implicitTags: string[] }) => Promise<unknown>; set: (key: string, value: unknown, ctx?: unknown) => Promise<void>; revalidateTag: (tag: string) => Promise<void> }; status: () => { mode: string } };
let cache: Cache;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  if (!run) return;
  const port = await freePort();
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
  process.env.REDIS_KEY_PREFIX = `test-${Math.random().toString(36).slice(2)}:`;
  const { createSharedCache } = (await import('@/lib/cache/cache-handler.mjs')) as unknown as { createSharedCache: (buildId: string) => Cache };
  cache = createSharedCache('test');
  // Connected when the handler says it uses Redis (the server needs a moment to start).
  for (const started = Date.now(); cache.status().mode !== 'redis'; ) {
    if (Date.now() - started > 10_000) throw new Error(`Redis did not come up: ${JSON.stringify(cache.status())}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});
afterAll(async () => {
  if (!run) return;
  const pending: Promise<unknown>[] = [];
  (process.emit as (event: string, ...args: unknown[]) => boolean)('newsroom:shutdown', pending);
  await Promise.all(pending);
  redis?.kill();
  delete process.env.REDIS_URL;
  delete process.env.REDIS_KEY_PREFIX;
});

/** Until the clock has moved on by a millisecond (timestamps are compared in milliseconds). */
async function nextMillisecond() {
  const now = Date.now();
  while (Date.now() === now) await new Promise((resolve) => setImmediate(resolve));
}

const entry = (tags: string[]) => ({ lastModified: Date.now(), lifespan: null, tags, value: { kind: 'FETCH', data: { headers: {}, body: 'trang', status: 200 }, revalidate: false } });

function protocol(get: () => Cache) {
  it('a page rendered before a tag was expired and stored after it is not served', async () => {
    const { handler } = get();
    const key = `trang-chu-${Date.now()}`;
    expect(await handler.get(key, { implicitTags: [] })).toBeNull(); // the render begins
    await nextMillisecond();
    await handler.revalidateTag('stories'); // an editor publishes meanwhile
    await nextMillisecond();
    await handler.set(key, entry(['stories'])); // the render's write lands after the expiry
    expect(await handler.get(key, { implicitTags: [] })).toBeNull();
  });

  it('a page rendered after the expiry is served from the cache', async () => {
    const { handler } = get();
    const key = `chuyen-muc-${Date.now()}`;
    await handler.revalidateTag('sections');
    await nextMillisecond(); // a later millisecond than the expiry
    expect(await handler.get(key, { implicitTags: [] })).toBeNull();
    await handler.set(key, entry(['sections']));
    expect(await handler.get(key, { implicitTags: [] })).toMatchObject({ tags: ['sections'] });
    // …until its tag is expired again.
    await nextMillisecond();
    await handler.revalidateTag('sections');
    expect(await handler.get(key, { implicitTags: [] })).toBeNull();
  });

  it('a tag expiry leaves pages without that tag', async () => {
    const { handler } = get();
    const key = `the-thao-${Date.now()}`;
    expect(await handler.get(key, { implicitTags: [] })).toBeNull();
    await handler.set(key, entry(['section:the-thao']));
    await nextMillisecond();
    await handler.revalidateTag('section:kinh-te');
    expect(await handler.get(key, { implicitTags: [] })).toMatchObject({ tags: ['section:the-thao'] });
  });
}

describe('page cache (memory of one instance)', async () => {
  const { createLocalCache } = (await import('@/lib/cache/cache-handler.mjs')) as unknown as { createLocalCache: () => Cache };
  const local = createLocalCache();
  protocol(() => local);
});

describe('page cache (memory of one instance), bounded in bytes', async () => {
  const { createLocalCache, entrySize } = (await import('@/lib/cache/cache-handler.mjs')) as unknown as {
    createLocalCache: (options: { maxBytes: number }) => Cache;
    entrySize: (value: unknown) => number;
  };
  // As Next stores a page: its HTML (a Vietnamese string), its RSC payload and the segments a prefetch reads.
  const page = (kb: number) => ({
    lastModified: Date.now(),
    lifespan: null,
    tags: ['articles'],
    value: { kind: 'APP_PAGE', html: 'Bão '.repeat(kb * 256), rscData: Buffer.alloc(kb * 1024), headers: {}, status: 200, segmentData: new Map([['/_tree', Buffer.alloc(kb * 512)]]) },
  });

  it('counts a page by its strings and buffers, not by their JSON', () => {
    const size = entrySize(page(10).value);
    // 10 KB of characters at two bytes each, 10 KB of payload, 5 KB of segments, and the small fields.
    expect(size).toBeGreaterThan(35 * 1024);
    expect(size).toBeLessThan(36 * 1024);
  });

  it('pushes out the least recently read pages once the bound is reached, and keeps what fits', async () => {
    const { handler } = createLocalCache({ maxBytes: 1024 * 1024 });
    const key = (i: number) => `/bai-${Date.now()}-${i}`;
    const keys = Array.from({ length: 40 }, (_, i) => key(i)); // 40 pages of ~140 KB: 5.6 MB offered
    for (const k of keys) await handler.set(k, page(40));
    const kept = [];
    for (const k of keys) if (await handler.get(k, { implicitTags: [] })) kept.push(k);
    expect(kept.length).toBeGreaterThanOrEqual(6);
    expect(kept.length).toBeLessThanOrEqual(7); // 1 MB holds seven of them at most
    expect(kept).toEqual(keys.slice(-kept.length)); // the newest
    // A page larger than the whole bound is not kept, and pushes nothing out.
    await handler.set(key(99), page(400));
    expect(await handler.get(key(99), { implicitTags: [] })).toBeNull();
    expect(await handler.get(kept.at(-1)!, { implicitTags: [] })).not.toBeNull();
  });
});

describe.runIf(run)('page cache (Redis)', () => {
  protocol(() => cache);
});

type Handler = Cache['handler'];
const apart = async () =>
  (await import('@/lib/cache/cache-handler.mjs')) as unknown as { withSearchPagesApart: (handler: Handler) => Handler; createLocalCache: () => Cache; SEARCH_PAGE_PREFIX: string };

describe('search results pages, kept apart', async () => {
  const { withSearchPagesApart, createLocalCache, SEARCH_PAGE_PREFIX } = await apart();
  const inner = createLocalCache().handler;
  const wrapped = withSearchPagesApart(inner);
  protocol(() => ({ handler: wrapped, status: () => ({ mode: 'memory' }) }));

  it('a stream of distinct searches pushes out searches, never the site pages', async () => {
    const page = `/kinh-te-${Date.now()}`;
    await wrapped.get(page, { implicitTags: [] });
    await wrapped.set(page, entry(['articles']));
    // As Next 16 names a page's entry.
    const batch = Date.now().toString(36);
    const search = (i: number) => `/route-cache/APP_PAGE/7ba3aa0d/$${SEARCH_PAGE_PREFIX}${batch}-${i}`;
    const first = search(0);
    await wrapped.get(first, { implicitTags: [] });
    await wrapped.set(first, entry(['sections']));
    expect(await wrapped.get(first, { implicitTags: [] })).not.toBeNull();
    expect(await inner.get(first, { implicitTags: [] })).toBeNull(); // not in the pages' cache
    for (let i = 1; i <= 150; i++) await wrapped.set(search(i), entry(['sections']));
    expect(await wrapped.get(first, { implicitTags: [] })).toBeNull(); // pushed out by newer searches
    expect(await wrapped.get(search(150), { implicitTags: [] })).not.toBeNull();
    expect(await wrapped.get(page, { implicitTags: [] })).toMatchObject({ tags: ['articles'] });
  });

  it('a tag expiry reaches the search pages too', async () => {
    const key = `${SEARCH_PAGE_PREFIX}het-han-${Date.now()}`;
    await wrapped.get(key, { implicitTags: [] });
    await wrapped.set(key, entry(['sections']));
    await nextMillisecond();
    await wrapped.revalidateTag('sections');
    expect(await wrapped.get(key, { implicitTags: [] })).toBeNull();
  });

  it('a tag expiry also forgets the documents kept for a second in front of the cache (lib/cache/recent.ts)', async () => {
    const { keptRecently } = await import('@/lib/cache/recent');
    const key = `thang-${Date.now()}`;
    expect(await keptRecently(key, async () => 'trước khi gỡ bài')).toBe('trước khi gỡ bài');
    expect(await keptRecently(key, async () => 'sau khi gỡ bài')).toBe('trước khi gỡ bài'); // kept
    await wrapped.revalidateTag('sitemap:2026-12');
    expect(await keptRecently(key, async () => 'sau khi gỡ bài')).toBe('sau khi gỡ bài');
  });
});

describe.runIf(run)('search results pages never reach Redis', () => {
  it('are kept in the instance only', async () => {
    const { withSearchPagesApart, SEARCH_PAGE_PREFIX } = await apart();
    const wrapped = withSearchPagesApart(cache.handler);
    const key = `${SEARCH_PAGE_PREFIX}redis-${Date.now()}`;
    await wrapped.get(key, { implicitTags: [] });
    await wrapped.set(key, entry(['sections']));
    expect(await wrapped.get(key, { implicitTags: [] })).not.toBeNull();
    expect(await cache.handler.get(key, { implicitTags: [] })).toBeNull();
  });
});
