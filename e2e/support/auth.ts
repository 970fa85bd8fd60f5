import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { testStaffPassword } from '../../scripts/test-password.mjs';

/** The demo accounts the e2e server seeds (lib/demo/seed.ts), one per role. */
export const ACCOUNTS = {
  writer: 'ngotuananh@toasoan.vn',
  writer2: 'tranminhha@toasoan.vn',
  editor: 'bientap@toasoan.vn',
  moderator: 'kiemduyet@toasoan.vn',
  admin: 'quantri@toasoan.vn',
} as const;
/** Their password on the test server: this checkout's own (scripts/test-password.mjs), never the published one. */
export const STAFF_PASSWORD = testStaffPassword();

/** Signs in through the real form and waits for the dashboard. */
export async function signIn(page: Page, who: keyof typeof ACCOUNTS, next = '/admin'): Promise<void> {
  await page.goto(`/admin/dang-nhap?callbackUrl=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(ACCOUNTS[who]);
  await page.getByLabel('Mật khẩu').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[?]/g, '\\?')}$`));
}

/** A fresh browser context signed in as `who`, opened at `next`: one person at their own screen. */
export async function asStaff(browser: Browser, who: keyof typeof ACCOUNTS, next = '/admin'): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who, next);
  return page;
}

/** Signs an API request context in as `who` through next-auth's credentials callback (no browser). */
export async function signInRequest(request: APIRequestContext, who: keyof typeof ACCOUNTS): Promise<void> {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', { form: { email: ACCOUNTS[who], password: STAFF_PASSWORD, csrfToken, json: 'true' } });
  expect(response.status()).toBeLessThan(400);
  expect(((await (await request.get('/api/auth/session')).json()) as { user?: { email?: string } }).user?.email).toBe(ACCOUNTS[who]);
}

/** A label no other test (or earlier run) uses. */
export const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
