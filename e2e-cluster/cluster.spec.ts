import { execFileSync, spawn } from 'node:child_process';
import postgres from 'postgres';
import sharp from 'sharp';
import { expect, test, type Browser, type APIRequestContext } from '@playwright/test';
import { signIn, unique } from '../e2e/support/auth';

// Two production instances (A, B) on PostgreSQL + Redis + S3 behind the generated nginx config
// (see playwright.cluster.config.ts). Each instance has its own local data folder: whatever B
// knows of A's work, it knows through the shared services.
const A = process.env.CLUSTER_A_URL!;
const B = process.env.CLUSTER_B_URL!;
const NGINX = process.env.CLUSTER_NGINX_URL!;
const REDIS_PORT = process.env.CLUSTER_REDIS_PORT!;
const DATABASE = process.env.CLUSTER_DATABASE!;

// One worker runs them in this order; each stands on its own, so one failure does not hide the others.

async function editorOn(browser: Browser, base: string, next: string) {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await signIn(page, 'editor', next);
  return page;
}

const body = async (request: APIRequestContext, url: string) => (await request.get(url, { maxRedirects: 0 })).text();

test('a story published on A is on B at the next request and through nginx once its micro-cache turns over; unpublished, it is gone from both', async ({ browser, request }) => {
  const title = unique('Kết quả bầu cử');
  const editor = await editorOn(browser, A, '/admin/articles/new');
  await editor.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await editor.getByLabel('Sapo').fill('Sapo của bài thử nghiệm trên hai phiên bản.');
  await editor.getByRole('textbox', { name: 'Nội dung' }).click();
  await editor.keyboard.type('Đoạn mở đầu của bài viết.');
  await editor.getByLabel('Chuyên mục').selectOption({ label: 'Thời sự' });
  await editor.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(editor).toHaveURL(/\/admin\/articles\/\d+$/);

  // B and nginx have the home and section pages cached before the publish…
  for (const url of [`${B}/`, `${B}/thoi-su`, `${NGINX}/`, `${NGINX}/thoi-su`]) expect(await body(request, url)).not.toContain(title);

  await editor.getByRole('button', { name: 'Xuất bản' }).click();
  await expect(editor.getByText('Đã xuất bản. Bạn đọc đã thấy bài trên trang báo.')).toBeVisible();
  const published = Date.now();
  const href = (await editor.getByRole('link', { name: 'Xem trên trang báo' }).getAttribute('href'))!;
  const path = new URL(href, A).pathname;
  // Through nginx (1 s micro-cache, then one render upstream), watched from now on. How long it
  // takes is a measurement (the annotation below, and `npm run bench:cluster`), not an assertion:
  // the render's time depends on the machine's load (2–3 s at load 11–17 on two cores).
  const untilTurnedOver = { timeout: 20_000, intervals: [200] };
  const throughNginx = Promise.all(
    [`${NGINX}/`, `${NGINX}/thoi-su`, `${NGINX}${path}`].map((url) => expect.poll(async () => (await body(request, url)).includes(title), untilTurnedOver).toBe(true)),
  );

  // …while B shows the story on the very first request after the publish returned.
  expect(await body(request, `${B}/`)).toContain(title);
  expect(await body(request, `${B}/thoi-su`)).toContain(title);
  const story = await request.get(`${B}${path}`);
  expect(story.status()).toBe(200);
  expect(await story.text()).toContain(title);
  await throughNginx;
  test.info().annotations.push({ type: 'publish→visible through nginx', description: `${Date.now() - published} ms` });

  editor.once('dialog', (dialog) => dialog.accept());
  await editor.getByRole('button', { name: 'Gỡ bài' }).click();
  await expect(editor.getByText('Đã gỡ bài khỏi trang báo.')).toBeVisible();
  const unpublished = Date.now();
  const goneThroughNginx = expect
    .poll(async () => (await request.get(`${NGINX}${path}`)).status(), { timeout: 20_000, intervals: [100] })
    .toBe(404);
  expect((await request.get(`${B}${path}`)).status()).toBe(404);
  expect(await body(request, `${B}/thoi-su`)).not.toContain(title);
  await goneThroughNginx;
  test.info().annotations.push({ type: 'unpublish→gone through nginx', description: `${Date.now() - unpublished} ms` });
});

test('a photo uploaded on A is served by B, as a file and through next/image', async ({ browser, request }) => {
  const editor = await editorOn(browser, A, '/admin');
  const channel = () => Math.floor(Math.random() * 256);
  const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: channel(), g: channel(), b: channel() } } }).jpeg().toBuffer();
  const upload = await editor.request.post(`${A}/api/media`, {
    multipart: { file: { name: 'cu-tri.jpg', mimeType: 'image/jpeg', buffer: photo }, alt: unique('Cử tri đi bầu') },
  });
  expect(upload.status()).toBe(201);
  const { media } = (await upload.json()) as { media: { key: string } };

  const file = await request.get(`${B}/media/${media.key}`);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('image/jpeg');
  expect(file.headers()['x-content-type-options']).toBe('nosniff');
  expect(file.headers()['cache-control']).toContain('max-age=31536000');
  expect((await sharp(await file.body()).metadata()).width).toBe(900);

  const optimised = await request.get(`${B}/_next/image?url=${encodeURIComponent(`/media/${media.key}`)}&w=640&q=75`, { headers: { accept: 'image/webp' } });
  expect(optimised.status()).toBe(200);
  expect(optimised.headers()['content-type']).toBe('image/webp');
  expect((await request.get(`${NGINX}/media/${media.key}`)).status()).toBe(200);
});

test('with Redis stopped the pages are still served, from each instance\'s memory; when it returns, they use it again', async ({ request }) => {
  execFileSync('redis-cli', ['-p', REDIS_PORT, 'shutdown', 'nosave']);
  for (const base of [A, B, NGINX]) {
    for (const path of ['/', '/thoi-su', '/rss.xml']) {
      const started = Date.now();
      expect((await request.get(`${base}${path}`)).status(), `${base}${path}`).toBe(200);
      expect(Date.now() - started).toBeLessThan(10_000);
    }
  }
  const health = await request.get(`${B}/api/health`);
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ ok: true, database: { ok: true }, redis: { ok: false, mode: 'memory' }, storage: { ok: true, driver: 's3' } });

  // This test's own Redis on the same port, stopped by the test.
  const redis = spawn('redis-server', ['--port', REDIS_PORT, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  try {
    for (const base of [A, B]) {
      await expect
        .poll(async () => {
          await request.get(`${base}/`); // a cache read notices Redis is back
          return ((await (await request.get(`${base}/api/health`)).json()) as { redis: { mode: string } }).redis.mode;
        }, { timeout: 20_000 })
        .toBe('redis');
    }
    expect((await request.get(`${B}/thoi-su`)).status()).toBe(200);
  } finally {
    redis.kill('SIGTERM');
  }
});

test('with the database unreachable, cached reader pages are still served, a save fails with a message and writes nothing; it all comes back without a restart', async ({ browser, request }) => {
  const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  const title = unique('Bài viết khi mất kết nối');
  const editor = await editorOn(browser, A, '/admin/articles/new');
  await editor.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await editor.getByLabel('Sapo').fill('Sapo khi cơ sở dữ liệu tạm ngừng.');
  await editor.getByRole('textbox', { name: 'Nội dung' }).click();
  await editor.keyboard.type('Nội dung viết khi cơ sở dữ liệu tạm ngừng.');
  await editor.getByLabel('Chuyên mục').selectOption({ label: 'Thời sự' });
  const pages = ['/', '/thoi-su'];
  for (const base of [A, B]) for (const path of pages) expect((await request.get(`${base}${path}`)).status()).toBe(200); // cached now
  // As good as PostgreSQL going away for this database: no new connection, every open one cut.
  await admin.unsafe(`alter database ${DATABASE} allow_connections false`);
  try {
    await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${DATABASE}`;
    for (const base of [A, B, NGINX]) for (const path of pages) expect((await request.get(`${base}${path}`)).status(), `${base}${path}`).toBe(200);
    const health = await request.get(`${B}/api/health`);
    expect(health.status()).toBe(503);
    expect(await health.json()).toMatchObject({ ok: false, database: { ok: false }, storage: { ok: true } });
    await editor.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(editor.getByText('Không lưu được do lỗi hệ thống.', { exact: false })).toBeVisible();
  } finally {
    await admin.unsafe(`alter database ${DATABASE} allow_connections true`);
    await admin.end();
  }
  for (const base of [A, B]) await expect.poll(async () => (await request.get(`${base}/api/health`)).status(), { timeout: 20_000 }).toBe(200);
  const url = new URL(server);
  url.pathname = `/${DATABASE}`;
  const db = postgres(url.toString(), { max: 1, onnotice: () => {} });
  try {
    expect((await db`select count(*)::int as n from articles where title = ${title}`)[0]!.n).toBe(0); // nothing half-written
    await editor.getByRole('button', { name: 'Lưu nháp' }).click(); // the same form, no reload, no restart
    await expect(editor).toHaveURL(/\/admin\/articles\/\d+$/);
    expect((await db`select count(*)::int as n from articles where title = ${title}`)[0]!.n).toBe(1);
  } finally {
    await db.end();
  }
  expect((await request.get(`${B}/thiet-lap/${'x'.repeat(32)}`)).status()).toBe(404); // the demo has an admin: no setup link
});
