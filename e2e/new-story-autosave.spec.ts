import { expect, test, type Browser, type BrowserContext, type Page, type TestInfo } from './support/test';
import { unique } from './support/auth';
import { newColleague } from './support/staff';

// Two people, two sign-ins with password hashing, and autosaves a few seconds after typing.
test.describe.configure({ timeout: 90_000 });

/**
 * A writer of this test's own, added by the demo admin: the new-story buffer is per person, so a
 * demo account (shared with parallel tests and the other project) would meet other tests' words.
 */
async function newWriter(browser: Browser) {
  const admin = await (await browser.newContext()).newPage();
  const person = await newColleague(admin, 'Phóng Viên Tự Lưu');
  await admin.context().close();
  return person;
}

/** The writer at their own browser, with this project's device settings, signed in. */
async function writerBrowser(browser: Browser, testInfo: TestInfo, person: { email: string; password: string }): Promise<BrowserContext> {
  const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, timezoneId } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, timezoneId });
  const page = await context.newPage();
  await page.goto('/admin/dang-nhap?callbackUrl=%2Fadmin');
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Mật khẩu').fill(person.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.close();
  return context;
}

/** "Viết bài mới" in a new tab, ready to type in (hydrated). */
async function openNewStory(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/admin/articles/new');
  await expect(page.locator('form[data-hydrated]')).toHaveCount(1);
  return page;
}

const restoreButton = (page: Page) => page.getByRole('button', { name: 'Khôi phục bản tự lưu' });

test('a new story is autosaved from its first words: a closed tab loses nothing, and its first save clears the offer', async ({ browser }, testInfo) => {
  const person = await newWriter(browser);
  const writer = await writerBrowser(browser, testInfo, person);
  const title = unique('Bài mới tự lưu');
  const words = 'Những chữ đầu tiên của bài chưa lưu lần nào.';

  let page = await openNewStory(writer);
  await expect(restoreButton(page)).toHaveCount(0);
  await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await page.getByLabel('Sapo').fill('Sapo gõ trước lần lưu đầu tiên.');
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  await page.keyboard.type(words);
  await expect(page.getByText(/Đã tự lưu bản nháp lúc \d\d:\d\d/)).toBeVisible();
  // The tab is closed without saving (no "leave the page?" question, as when a browser crashes).
  await page.close();

  // Reopened: the words are offered back and restored.
  page = await openNewStory(writer);
  await expect(page.getByText(/Có bản tự lưu chưa được lưu chính thức/)).toBeVisible();
  await expect(page.getByLabel('Tiêu đề', { exact: true })).toHaveValue('');
  await restoreButton(page).click();
  await expect(restoreButton(page)).toHaveCount(0);
  await expect(page.getByLabel('Tiêu đề', { exact: true })).toHaveValue(title);
  await expect(page.getByLabel('Sapo')).toHaveValue('Sapo gõ trước lần lưu đầu tiên.');
  await expect(page.getByRole('textbox', { name: 'Nội dung' })).toContainText(words);

  // Saved: the story exists, and "Viết bài mới" no longer offers its words.
  await page.getByLabel('Chuyên mục').selectOption({ label: 'Thời sự' });
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(page.getByLabel('Tiêu đề', { exact: true })).toHaveValue(title);
  await expect(page.getByRole('textbox', { name: 'Nội dung' })).toContainText(words);
  await page.close();
  page = await openNewStory(writer);
  await expect(page.getByLabel('Tiêu đề', { exact: true })).toHaveValue('');
  await expect(restoreButton(page)).toHaveCount(0);

  // "Bỏ qua" on an offer deletes the buffer: the next opening does not ask again.
  await page.getByLabel('Tiêu đề', { exact: true }).fill(unique('Bài sẽ bỏ'));
  await expect(page.getByText(/Đã tự lưu bản nháp lúc \d\d:\d\d/)).toBeVisible();
  await page.close();
  page = await openNewStory(writer);
  await page.getByRole('button', { name: 'Bỏ qua', exact: true }).click();
  await expect(restoreButton(page)).toHaveCount(0);
  await expect(page.getByLabel('Tiêu đề', { exact: true })).toHaveValue('');
  await page.close();
  page = await openNewStory(writer);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(restoreButton(page)).toHaveCount(0);
  await writer.close();
});
