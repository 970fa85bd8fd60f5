import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page, type TestInfo } from './support/test';
import { signIn } from './support/auth';

const ADMIN_NAME = 'Nguyễn Hoàng Nam'; // the demo admin (lib/demo/seed.ts)

/** A suffix no other test, project or run shares. */
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

/** A second person at their own browser, with this project's device settings. */
async function secondBrowser(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, timezoneId } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, timezoneId });
  return context.newPage();
}

async function signInAs(page: Page, email: string, password: string, next = '/admin') {
  await page.goto(`/admin/dang-nhap?callbackUrl=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

test('an admin adds a writer who signs in, then deactivates them and the writer is signed out; the audit log shows it', async ({ page, browser }, testInfo) => {
  test.slow(); // two people, four sign-ins and password hashing on a shared machine
  const tag = unique();
  const writer = { name: `Phóng Viên Thử ${tag}`, email: `pv-${tag}@toasoan.vn`, password: `mat-khau-${tag}` };

  await signIn(page, 'admin', '/admin/staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Nhân sự' })).toBeVisible();
  await page.getByRole('link', { name: 'Thêm nhân sự' }).click();
  await expect(page).toHaveURL(/\/admin\/staff\/new$/);

  // A check that fails keeps what was typed and says what to fix.
  await page.getByLabel('Họ tên').fill(writer.name);
  await page.getByLabel('Email').fill(writer.email);
  await page.getByLabel('Vai trò').selectOption({ label: 'Phóng viên' });
  await page.getByLabel('Mật khẩu ban đầu').fill('ngan');
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page.getByText('Mật khẩu cần ít nhất 10 ký tự.')).toBeVisible();
  await expect(page.getByLabel('Mật khẩu ban đầu')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Họ tên')).toHaveValue(writer.name);

  await page.getByLabel('Mật khẩu ban đầu').fill(writer.password);
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page).toHaveURL(/\/admin\/staff\/\d+\?moi=1$/);
  await expect(page.getByRole('heading', { level: 1, name: writer.name })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(`Đã tạo tài khoản cho ${writer.name}.`);
  const memberUrl = page.url().replace(/\?.*$/, '');

  const writerPage = await secondBrowser(browser, testInfo);
  await signInAs(writerPage, writer.email, writer.password, '/admin/profile');
  await expect(writerPage).toHaveURL(/\/admin\/profile$/);
  await expect(writerPage.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' })).toBeVisible();
  await expect(writerPage.getByLabel('Họ tên')).toHaveValue(writer.name);

  await page.goto(memberUrl);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Ngừng hoạt động' }).click();
  await expect(page.getByRole('status')).toContainText('Đã ngừng hoạt động tài khoản');
  await expect(page.getByRole('button', { name: 'Cho hoạt động lại' })).toBeVisible();

  await writerPage.reload();
  await expect(writerPage).toHaveURL(/\/admin\/dang-nhap\?callbackUrl=/);
  await signInAs(writerPage, writer.email, writer.password);
  await expect(writerPage.getByRole('alert').filter({ hasText: 'Email hoặc mật khẩu không đúng.' })).toBeVisible();
  await writerPage.context().close();

  await page.goto('/admin/audit');
  await page.getByLabel('Loại thao tác').selectOption({ label: 'Nhân sự' });
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?loai=staff$/);
  const rows = page.locator('tbody tr');
  const created = rows.filter({ hasText: 'Tạo tài khoản' }).filter({ hasText: writer.name });
  const deactivated = rows.filter({ hasText: 'Ngừng hoạt động tài khoản' }).filter({ hasText: writer.name });
  await expect(created).toHaveCount(1);
  await expect(created).toContainText(ADMIN_NAME);
  await expect(deactivated).toHaveCount(1);
  await expect(deactivated).toContainText(ADMIN_NAME);
  await expect(deactivated.locator('time')).toHaveText(/^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
});

test('an admin changes the furniture in the settings and the public footer shows it at once', async ({ page }, testInfo) => {
  // Each project edits a field of its own that no other test asserts: saves merge by field.
  const field = testInfo.project.name === 'phone' ? { label: 'Địa chỉ', value: `Số ${unique()} đường Thử Nghiệm` } : { label: 'Điện thoại', value: `0211 ${Date.now() % 1e8} ${Math.floor(Math.random() * 900 + 100)}` };
  await signIn(page, 'admin', '/admin/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Cài đặt trang báo' })).toBeVisible();
  await page.getByLabel(field.label, { exact: true }).fill(field.value);
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu. Chân trang báo đã hiện thông tin mới.');

  await page.goto('/');
  await expect(page.getByRole('contentinfo')).toContainText(field.value);

  await page.goto('/admin/audit?loai=settings');
  await expect(page.locator('tbody tr').first()).toContainText('Lưu cài đặt trang báo');
});

test('a writer cannot open the admin pages and is told so in Vietnamese', async ({ page }) => {
  await signIn(page, 'writer');
  await expect(page.getByRole('navigation', { name: 'Điều hướng tòa soạn' }).getByRole('link', { name: 'Nhân sự' })).toHaveCount(0);
  for (const path of ['/admin/staff', '/admin/staff/new', '/admin/settings', '/admin/audit']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/admin\?khong-du-quyen=1$/);
    await expect(page.getByRole('alert').filter({ hasText: 'Tài khoản của bạn không có quyền mở trang đó.' })).toBeVisible();
  }
  await page.goto('/admin/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' })).toBeVisible();
});

test('the staff pages have no serious accessibility problems', async ({ page }) => {
  test.slow(); // six pages, each scanned in full
  await signIn(page, 'admin', '/admin/staff');
  const check = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  };
  await check();
  await page.getByRole('link', { name: /^Quản lý tài khoản/ }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Đặt lại mật khẩu' })).toBeVisible();
  await check();
  for (const path of ['/admin/staff/new', '/admin/settings', '/admin/audit', '/admin/profile']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await check();
  }
});
