import { expect, test, type Page, type TestInfo } from './support/test';
import { signIn } from './support/auth';

/*
 * Issue 8 over HTTP, against the production server (scripts/server.mjs). The e2e server trusts
 * one proxy (TRUST_PROXY=1): the last X-Forwarded-For entry a test sends is the address "the
 * proxy saw"; entries before it are what a client made up.
 */

const octet = () => Math.floor(Math.random() * 250) + 1;
const realAddress = () => `10.${octet()}.${octet()}.${octet()}`;

async function storyPath(page: Page, testInfo: TestInfo): Promise<string> {
  const rss = await (await page.request.get('/rss.xml')).text();
  const stories = [...rss.matchAll(/<item>[\s\S]*?<link>(?:<!\[CDATA\[)?https?:\/\/[^/]+(\/[^<\]]+)/g)].map((m) => m[1]!).filter((p) => !p.startsWith('/thoi-su/'));
  // Slots after those comments.spec.ts uses (2–11), one per project.
  const index = 13 + (testInfo.project.name === 'phone' ? 1 : 0);
  expect(stories.length).toBeGreaterThan(index);
  return stories[index]!;
}

test('a made-up X-Forwarded-For does not make a second commenter: the second post within 15 s is refused', async ({ page }, testInfo) => {
  const real = realAddress();
  const path = await storyPath(page, testInfo);
  await page.goto(path);
  const articleId = (await page.locator('form.comment-form input[name="articleId"]').inputValue()).trim();
  const tag = `xff${Date.now().toString(36)}${octet()}`;
  const post = (madeUp: string, n: number) =>
    page.request.post('/api/comments', {
      headers: { 'X-Forwarded-For': `${madeUp}, ${real}` },
      form: { articleId, name: 'Bạn đọc', email: `${tag}-${n}@example.vn`, body: `Ý kiến ${n} ${tag}`, returnTo: path },
      maxRedirects: 0,
    });
  expect((await post(`203.0.113.${octet()}`, 1)).status()).toBe(303);
  const second = await post(`198.51.100.${octet()}`, 2);
  expect(second.status()).toBe(429);
  expect(await second.text()).toContain('Vui lòng đợi 15 giây');
});

test('sign-in counts attempts by the address the server decided, not the one a client made up', async ({ request }) => {
  const email = `khong-ai-${Date.now().toString(36)}${octet()}@toasoan.vn`;
  const real = realAddress();
  const attempt = async (forwardedFor: string) => {
    const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const response = await request.post('/api/auth/callback/credentials', {
      headers: { 'X-Forwarded-For': forwardedFor },
      form: { email, password: 'sai-mat-khau', csrfToken, json: 'true' },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(500);
    const location = response.headers().location ?? ((await response.json()) as { url: string }).url;
    return new URL(location, 'http://x').searchParams.get('error');
  };
  for (let i = 0; i < 5; i++) expect(await attempt(`192.0.2.${octet()}, ${real}`)).toBe('CredentialsSignin');
  expect(await attempt(`192.0.2.${octet()}, ${real}`)).toBe('THROTTLED');
  // Another address (the owner's, say) is slowed down, never locked out.
  expect(await attempt(realAddress())).toBe('CredentialsSignin');
});

test('security headers: a cacheable reader CSP without foreign script; a nonce CSP on the dashboard', async ({ request }) => {
  const home = await request.get('/');
  const csp = home.headers()['content-security-policy'] ?? '';
  for (const part of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'", 'https://www.youtube-nocookie.com', "script-src 'self' 'unsafe-inline'"]) expect(csp).toContain(part);
  expect(csp).not.toContain('nonce-');
  expect(csp).not.toMatch(/script-src[^;]*https?:/);
  expect(home.headers()['x-content-type-options']).toBe('nosniff');
  expect(home.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(home.headers()['permissions-policy']).toContain('camera=()');

  const nonces = [];
  for (let i = 0; i < 2; i++) {
    const admin = await request.get('/admin/dang-nhap');
    const policy = admin.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("'unsafe-inline' ;");
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    nonces.push(/nonce-([^']+)/.exec(policy)![1]);
    expect(admin.headers()['x-content-type-options']).toBe('nosniff');
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test('pages work under their CSP: no violation on reader pages, sign-in and the editor', async ({ page }, testInfo) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(error.message));
  await page.goto('/');
  await page.goto(await storyPath(page, testInfo));
  await expect(page.locator('form.comment-form')).toHaveAttribute('data-ready', 'true');
  await signIn(page, 'editor', '/admin/articles/new');
  await expect(page.locator('[contenteditable="true"]').first()).toBeVisible();
  expect(violations).toEqual([]);
});

const HOSTILE_PATHS = [
  '/tag/%00',
  '/xay-dung-dang/%00',
  '/tac-gia/%00',
  '/xay-dung-dang/%00/trang/x',
  '/tag/%3Cscript%3E',
  '/%C3%28',
  '/%FF%FE',
  '/%ED%A0%80',
  '/media/%ED%A0%80',
  '/%C0%AF',
  '/api/auth/callback/credentials',
];

test('hostile paths answer 4xx with a Vietnamese page, never an English 500', async ({ request }) => {
  for (const path of HOSTILE_PATHS) {
    const response = await request.get(path, { maxRedirects: 0 });
    const body = await response.text();
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.status(), path).toBeLessThan(500);
    // Our own pages (lang="vi"), or Next's 404 whose Vietnamese text travels in the RSC payload.
    expect(body, path).toMatch(/Không tìm thấy trang|Địa chỉ không hợp lệ|Không mở được trang này/);
    expect(body, path).not.toContain('Internal Server Error');
  }
});
