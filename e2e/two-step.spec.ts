import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { expect, test, type Page } from './support/test';
import { newColleague, signInWith } from './support/staff';

// Two people, several sign-ins and password hashing on a small machine.
test.describe.configure({ timeout: 180_000 });

const STEP_MS = 30_000;
const stepNow = () => Math.floor(Date.now() / STEP_MS);

/**
 * What the person's authenticator app shows, as the server will accept it: the current step's
 * code, or the next step's while the current one has been used (the server allows one step of drift).
 */
function freshCode(secretText: string, lastUsedStep: number): { code: string; step: number } {
  const step = Math.max(stepNow(), lastUsedStep + 1);
  return { code: generateHOTP(decodeBase32IgnorePadding(secretText.replace(/\s/g, '')), BigInt(step), 6), step };
}

async function secondScreen(page: Page) {
  await expect(page.getByRole('heading', { name: 'Nhập mã xác thực' })).toBeVisible();
  return page.getByLabel('Mã xác thực');
}

test('a colleague turns on two-step sign-in; signing in then needs a code, a used code is refused, a recovery code works once; an admin can reset it', async ({ page, browser }) => {
  const person = await newColleague(page, 'Phóng Viên Hai Bước');
  const me = await signInWith(browser, person.email, person.password);
  await expect(me).toHaveURL(/\/admin$/);

  // Tài khoản của tôi → Bật xác thực hai bước: a QR code, the key as text, a code to confirm.
  await me.goto('/admin/profile');
  const panel = me.getByRole('region', { name: 'Xác thực hai bước' });
  await expect(panel).toContainText('Chưa bật.');
  await panel.getByRole('button', { name: 'Bật xác thực hai bước' }).click();
  await expect(panel.getByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' })).toBeVisible();
  const secret = await panel.getByLabel('Khóa bí mật').inputValue();
  expect(secret.replace(/\s/g, '')).toMatch(/^[A-Z2-7]{32}$/);
  const first = freshCode(secret, 0);
  const wrong = String((Number(first.code) + 500_000) % 1_000_000).padStart(6, '0');
  await panel.getByLabel('Mã xác thực').fill(wrong);
  await panel.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(panel.getByRole('alert').filter({ hasText: 'Mã xác thực không đúng' })).toBeVisible();
  await panel.getByLabel('Mã xác thực').fill(first.code);
  await panel.getByRole('button', { name: 'Xác nhận' }).click();
  const codes = panel.getByRole('list', { name: 'Mã khôi phục' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.allTextContents()).map((c) => c.trim());
  await panel.getByRole('button', { name: 'Tôi đã lưu các mã' }).click();
  await expect(panel).toContainText('Đang bật. Còn 10 mã khôi phục chưa dùng.');

  // Signing in: after the password, the code; no session before it.
  const later = await signInWith(browser, person.email, person.password);
  const code = await secondScreen(later);
  expect(((await (await later.request.get('/api/auth/session')).json()) as { user?: unknown }).user).toBeUndefined();
  await code.fill('000000');
  await later.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(later.getByRole('alert').filter({ hasText: 'Mã xác thực không đúng' })).toBeVisible();
  const second = freshCode(secret, first.step);
  await code.fill(second.code);
  await later.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(later).toHaveURL(/\/admin$/);
  await expect(later.getByRole('heading', { level: 1 })).toBeVisible();

  // The same code again, from another browser: refused. A recovery code: once.
  const replay = await signInWith(browser, person.email, person.password);
  await (await secondScreen(replay)).fill(second.code);
  await replay.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(replay.getByRole('alert').filter({ hasText: 'Mã xác thực không đúng' })).toBeVisible();
  await replay.getByLabel('Mã xác thực').fill(recovery[0]!);
  await replay.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(replay).toHaveURL(/\/admin$/);
  const again = await signInWith(browser, person.email, person.password);
  await (await secondScreen(again)).fill(recovery[0]!);
  await again.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(again.getByRole('alert').filter({ hasText: 'Mã xác thực không đúng' })).toBeVisible();

  // Lost phone: an admin resets it, and the password alone signs in again.
  await page.goto(person.url);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Đặt lại xác thực hai bước' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã đặt lại xác thực hai bước' })).toBeVisible();
  const plain = await signInWith(browser, person.email, person.password);
  await expect(plain).toHaveURL(/\/admin$/);
});
