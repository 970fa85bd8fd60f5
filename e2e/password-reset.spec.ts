import { expect, test } from './support/test';
import { mailTo } from './support/mail';
import { newColleague, signInWith } from './support/staff';

// Two people, several sign-ins and password hashing on a small machine.
test.describe.configure({ timeout: 90_000 });

test('a forgotten password: the emailed link sets a new one, once; the old password and open sessions stop working', async ({ page, browser }) => {
  const person = await newColleague(page, 'Phóng Viên Quên');
  // A session opened before the reset…
  const earlier = await signInWith(browser, person.email, person.password);
  await expect(earlier).toHaveURL(/\/admin$/);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/admin/dang-nhap');
  await reader.getByRole('link', { name: 'Quên mật khẩu?' }).click();
  await expect(reader).toHaveURL(/\/admin\/quen-mat-khau$/);
  await reader.getByLabel('Email').fill(person.email);
  await reader.getByRole('button', { name: 'Gửi liên kết' }).click();
  await expect(reader.getByRole('status')).toContainText('Nếu địa chỉ này thuộc một tài khoản tòa soạn');

  const mail = await mailTo(person.email, 'Đặt lại mật khẩu tòa soạn');
  const link = /https?:\/\/\S+\/admin\/dat-lai-mat-khau\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
  expect(link).toBeTruthy();
  await reader.goto(new URL(link!).pathname);
  await reader.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-1234');
  await reader.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-khac-1234');
  await reader.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
  await expect(reader.getByText('Mật khẩu nhập lại không khớp.')).toBeVisible();
  await reader.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-1234');
  await reader.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-1234');
  await reader.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
  await expect(reader).toHaveURL(/\/admin\/dang-nhap\?mat-khau-moi=1$/);
  await expect(reader.getByRole('status')).toContainText('Đã đặt mật khẩu mới');

  // The link works once; the old password and the earlier session no longer do.
  await reader.goto(new URL(link!).pathname);
  await expect(reader.getByText(/Liên kết đặt lại mật khẩu không còn dùng được/)).toBeVisible();
  await earlier.goto('/admin/articles');
  await expect(earlier).toHaveURL(/\/admin\/dang-nhap/);
  const old = await signInWith(browser, person.email, person.password);
  await expect(old.getByText('Email hoặc mật khẩu không đúng.')).toBeVisible();
  await expect(old).toHaveURL(/\/admin\/dang-nhap/);
  const fresh = await signInWith(browser, person.email, 'mat-khau-moi-1234');
  await expect(fresh).toHaveURL(/\/admin$/);
});

test('the answer is the same for an address nobody has; an admin can hand a colleague a link instead', async ({ page, browser }) => {
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto('/admin/quen-mat-khau');
  await stranger.getByLabel('Email').fill(`khong-ai-${Date.now()}@toasoan.vn`);
  await stranger.getByRole('button', { name: 'Gửi liên kết' }).click();
  await expect(stranger.getByRole('status')).toContainText('Nếu địa chỉ này thuộc một tài khoản tòa soạn');

  const person = await newColleague(page, 'Phóng Viên Quên');
  await page.goto(person.url);
  await page.getByRole('button', { name: 'Tạo liên kết đặt lại mật khẩu' }).click();
  const field = page.getByRole('textbox', { name: 'Tạo liên kết đặt lại mật khẩu' });
  await expect(field).toHaveValue(/\/admin\/dat-lai-mat-khau\//);
  const link = await field.inputValue();
  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto(new URL(link).pathname);
  await colleague.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-trao-tay-1');
  await colleague.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-trao-tay-1');
  await colleague.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
  await expect(colleague).toHaveURL(/\/admin\/dang-nhap\?mat-khau-moi=1$/);
  const signedIn = await signInWith(browser, person.email, 'mat-khau-trao-tay-1');
  await expect(signedIn).toHaveURL(/\/admin$/);
});
