import { expect, type Browser, type Page } from '@playwright/test';
import { signIn, unique } from './auth';

/**
 * An admin (signed in on `page`) adds a colleague of the test's own, so that no demo account's
 * password or sign-in changes. Returns their email, password and staff page.
 */
export async function newColleague(page: Page, label = 'Phóng Viên') {
  const tag = unique('').trim();
  const person = { name: `${label} ${tag}`, email: `nv-${tag}@toasoan.vn`, password: `mat-khau-${tag}` };
  await signIn(page, 'admin', '/admin/staff/new');
  await page.getByLabel('Họ tên').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Vai trò').selectOption({ label: 'Phóng viên' });
  await page.getByLabel('Mật khẩu ban đầu').fill(person.password);
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page).toHaveURL(/\/admin\/staff\/\d+\?moi=1$/);
  return { ...person, url: page.url().replace(/\?.*$/, '') };
}

/** A fresh browser context at the sign-in form, email and password sent. */
export async function signInWith(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/admin/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  return page;
}
