import { expect, type Page } from '@playwright/test';

/** The demo accounts the e2e server seeds (lib/demo/seed.ts), one per role. */
export const ACCOUNTS = {
  writer: 'ngotuananh@toasoan.vn',
  writer2: 'tranminhha@toasoan.vn',
  editor: 'bientap@toasoan.vn',
  moderator: 'kiemduyet@toasoan.vn',
  admin: 'quantri@toasoan.vn',
} as const;
export const DEMO_PASSWORD = 'toasoan-demo-2026';

/** Signs in through the real form and waits for the dashboard. */
export async function signIn(page: Page, who: keyof typeof ACCOUNTS, next = '/admin'): Promise<void> {
  await page.goto(`/admin/dang-nhap?callbackUrl=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(ACCOUNTS[who]);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[?]/g, '\\?')}$`));
}
