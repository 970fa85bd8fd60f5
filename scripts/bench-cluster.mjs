#!/usr/bin/env node
// npm run bench:cluster — the production shape of scripts/cluster.mjs (two instances on PostgreSQL
// + Redis + S3 behind the generated nginx config), measured in one run:
// - home, section and story pages through nginx, each against nginx serving a static file of the
//   same size (the ceiling this machine allows);
// - publish → visible through nginx: an editor publishes in a browser; the time until the story
//   appears on the home page through the proxy.
// Needs a production build (npx next build). BENCH_SECONDS (default 10), BENCH_CONNECTIONS (50).
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { startCluster } from './cluster.mjs';
import { testStaffPassword } from './test-password.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.error('No production build: run `npx next build` first.');
  process.exit(1);
}

const staticDir = fs.mkdtempSync('/tmp/newsroom-bench-static-');
fs.chmodSync(staticDir, 0o755); // nginx's workers read it
// The demo accounts' password on the cluster's PostgreSQL: this checkout's own, never the published one.
process.env.TEST_STAFF_PASSWORD = testStaffPassword();
const cluster = await startCluster({
  extraNginxLocations: `location /__static/ { alias ${staticDir}/; default_type text/html; }`,
});

function load(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, pipelining: 1 }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const row = (name, r) => ({
  page: name,
  'req/s': Math.round(r.requests.average),
  'p50 ms': r.latency.p50,
  'p99 ms': r.latency.p99,
  errors: r.errors + r.timeouts + r.non2xx,
});

let exitCode = 0;
try {
  const home = await (await fetch(`${cluster.nginxUrl}/`)).text();
  const storyPath = home.match(/href="(\/[a-z0-9-]+\/[a-z0-9-]+-\d+)"/)?.[1] ?? home.match(/href="(\/[a-z0-9-]+\/[a-z0-9-]{20,})"/)?.[1];
  if (!storyPath) throw new Error('bench: no story link on the home page');
  const pages = { home: '/', section: '/thoi-su', story: storyPath };
  const results = [];
  for (const [name, pagePath] of Object.entries(pages)) {
    const size = (await (await fetch(`${cluster.nginxUrl}${pagePath}`)).arrayBuffer()).byteLength;
    fs.writeFileSync(path.join(staticDir, `${name}.html`), Buffer.alloc(size, 'x'));
    const app = await load(`${cluster.nginxUrl}${pagePath}`);
    const file = await load(`${cluster.nginxUrl}/__static/${name}.html`);
    results.push({ ...row(`${name} ${pagePath} (${Math.round(size / 1024)} KB)`, app), 'static req/s': Math.round(file.requests.average), 'vs static': `${Math.round((100 * app.requests.average) / file.requests.average)} %` });
  }
  console.log(`\nThrough nginx, ${connections} connections, ${seconds} s each (app pages, then a static file of the same size):`);
  console.table(results);

  // Publish → visible through the proxy.
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await (await browser.newContext({ baseURL: cluster.a, locale: 'vi-VN' })).newPage();
    await page.goto('/admin/dang-nhap?callbackUrl=%2Fadmin%2Farticles%2Fnew');
    await page.getByLabel('Email').fill('bientap@toasoan.vn');
    await page.getByLabel('Mật khẩu').fill(testStaffPassword());
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/admin\/articles\/new$/);
    const title = `Đo thời gian xuất bản ${Date.now().toString(36)}`;
    await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
    await page.getByLabel('Sapo').fill('Sapo của bài đo.');
    await page.getByRole('textbox', { name: 'Nội dung' }).click();
    await page.keyboard.type('Nội dung bài đo.');
    await page.getByLabel('Chuyên mục').selectOption({ label: 'Thời sự' });
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.waitForURL(/\/admin\/articles\/\d+$/);
    await page.getByRole('button', { name: 'Xuất bản' }).click();
    await page.getByText('Đã xuất bản. Bạn đọc đã thấy bài trên trang báo.').waitFor();
    const published = Date.now();
    // Instance B directly (the shared cache) and nginx (plus its 1 s micro-cache), side by side.
    const until = async (base) => {
      while (Date.now() - published < 15_000) {
        if ((await (await fetch(`${base}/`)).text()).includes(title)) return Date.now() - published;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return Infinity;
    };
    const [onB, visible] = await Promise.all([until(cluster.b), until(cluster.nginxUrl)]);
    const ms = (t) => (t === Infinity ? 'not within 15 s' : `${t} ms`);
    console.log(`\nPublish on instance A → on the home page: instance B directly ${ms(onB)}; through nginx ${ms(visible)}`);
    if (visible > 2_000) exitCode = 1;
  } finally {
    await browser.close();
  }
  if (results.some((r) => r.errors > 0)) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await cluster.stop();
  fs.rmSync(staticDir, { recursive: true, force: true });
}
process.exit(exitCode);
