import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page, type TestInfo } from './support/test';
import { messages } from '../lib/i18n/messages';
import { signIn, unique } from './support/auth';

// A whole journey: sign-in, an editor's first render, a publish, a reader's page.
test.describe.configure({ timeout: 120_000 });

const t = messages.embeds;
const VIDEO = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s';
const CANONICAL = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
/** Requests a page must not make before the reader asks for the player. */
const PROVIDERS = /youtube|ytimg|googlevideo|facebook|fbcdn|tiktok/;

/** A paste as the browser delivers one: a paste event whose clipboard holds the address as plain text. */
async function pasteText(target: Locator, text: string) {
  await target.evaluate((element, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** A picture of what the person sees, kept with the test's results (and in the HTML report) for a person to look at. */
async function attachScreenshot(info: TestInfo, name: string, target: Page | Locator) {
  const path = info.outputPath(`${name}.png`);
  await target.screenshot({ path, ...('goto' in target ? { fullPage: true } : {}) });
  await info.attach(name, { path, contentType: 'image/png' });
}

test('an editor embeds a video and a table; readers get a poster that loads the player only on a click, and a table that scrolls', async ({ page: editor, browser, viewport, isMobile, hasTouch, userAgent, deviceScaleFactor }, info) => {
  const title = unique('Bài có video và bảng');
  const videoTitle = unique('Lũ quét ở Hàm Yên');
  await signIn(editor, 'editor', '/admin/articles/new');
  await editor.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await editor.getByLabel('Sapo').fill('Sapo của bài có video nhúng và bảng số liệu.');
  await editor.getByLabel('Chuyên mục').selectOption({ label: 'Thời sự' });
  const body = editor.getByRole('textbox', { name: 'Nội dung' });
  await body.click();
  await editor.keyboard.type('Đoạn mở đầu của bài.');

  // An address pasted into a line that has words stays a link…
  await editor.keyboard.type(' Xem: ');
  await pasteText(body, VIDEO);
  await expect(body.locator(`a[href="${VIDEO}"]`)).toBeVisible();
  await expect(body.locator('[data-embed-provider]')).toHaveCount(0);

  // …pasted alone on an empty line it becomes an embed, with the title readers will see.
  await editor.keyboard.press('End');
  await editor.keyboard.press('Enter');
  await pasteText(body, VIDEO);
  const embed = body.locator('[data-embed-provider="youtube"]');
  await expect(embed).toBeVisible();
  await expect(embed).toContainText(t.nodeLabel('YouTube'));
  await expect(embed).toContainText(CANONICAL);
  const embedTitle = embed.getByLabel(t.nodeTitle);
  await expect(embedTitle).toHaveValue('Video YouTube');
  await embedTitle.fill(videoTitle);

  // "Nhúng video" refuses an address this site does not play, in Vietnamese, and inserts nothing.
  const lastLine = body.locator(':scope > p').last();
  await lastLine.click();
  await editor.getByRole('button', { name: t.insert }).click();
  const dialog = editor.getByRole('dialog', { name: t.dialogTitle });
  await dialog.getByLabel(t.address).fill('https://vimeo.com/76979871');
  await dialog.getByRole('button', { name: t.confirm, exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(t.refused);
  await expect(dialog.getByLabel(t.address)).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: t.cancel }).click();
  await expect(dialog).toHaveCount(0);
  await expect(body.locator('[data-embed-provider]')).toHaveCount(1);

  // A table: 3 × 3 with a header row, one more row and one more column, words in the cells.
  await lastLine.click();
  await editor.keyboard.type('Thiệt hại theo xã:');
  await editor.keyboard.press('Enter');
  await editor.getByRole('button', { name: t.table.insert }).click();
  const table = body.locator('table');
  await expect(table.locator('tr')).toHaveCount(3);
  const tools = editor.getByRole('group', { name: t.table.tools });
  await expect(tools.getByRole('button', { name: t.table.headerRow })).toHaveAttribute('aria-pressed', 'true');
  await tools.getByRole('button', { name: t.table.addColumn }).click();
  await expect(table.locator('tr').first().locator('th')).toHaveCount(4);
  for (const word of ['Xã', 'Số hộ', 'Nhà sập', 'Ghi chú']) {
    await editor.keyboard.type(word);
    await editor.keyboard.press('Tab');
  }
  for (const word of ['Yên Thuận', '120', '4', 'Sạt lở nặng']) {
    await editor.keyboard.type(word);
    await editor.keyboard.press('Tab');
  }
  await tools.getByRole('button', { name: t.table.addRow }).click();
  await expect(table.locator('tr')).toHaveCount(4);
  await expect(table.locator('tr').nth(0).locator('th').first()).toHaveText('Xã');
  await expect(table.locator('tr').nth(1).locator('td').first()).toHaveText('Yên Thuận');
  await attachScreenshot(info, 'editor', editor.locator('[role="toolbar"]').locator('..'));

  await editor.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(editor).toHaveURL(/\/admin\/articles\/\d+$/);
  await editor.getByRole('button', { name: 'Xuất bản' }).click();
  await expect(editor.getByText('Đã xuất bản. Bạn đọc đã thấy bài trên trang báo.')).toBeVisible();
  const href = await editor.getByRole('link', { name: 'Xem trên trang báo' }).getAttribute('href');

  // The reader: nothing from YouTube, Facebook or TikTok until the click.
  // An anonymous reader on the same kind of screen (phone or desktop).
  const reader = await (await browser.newContext({ viewport, isMobile, hasTouch, userAgent, deviceScaleFactor })).newPage();
  const providerRequests: string[] = [];
  reader.on('request', (request) => {
    if (PROVIDERS.test(new URL(request.url()).hostname)) providerRequests.push(request.url());
  });
  // No network here, and none needed: the frame's address is what this test checks.
  await reader.route(/youtube-nocookie\.com/, (route) => route.abort());
  await reader.goto(href!);
  const article = reader.locator('.article__body');
  const play = article.getByRole('button', { name: `${t.play} ${videoTitle}`, exact: true });
  await expect(play).toBeVisible();
  await expect(article.locator('iframe')).toHaveCount(0);
  await expect(article.getByRole('link', { name: t.watchOn('YouTube') })).toHaveAttribute('href', CANONICAL);

  const region = article.getByRole('region', { name: 'Bảng: Xã · Số hộ · Nhà sập · Ghi chú' });
  await expect(region.getByRole('columnheader', { name: 'Xã' })).toBeVisible();
  await expect(region.getByRole('cell', { name: 'Sạt lở nặng' })).toBeVisible();
  await expect(region.getByRole('row')).toHaveCount(4);
  // On a phone the table may scroll inside its box; the page itself never scrolls sideways.
  expect(await reader.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

  const axe = await new AxeBuilder({ page: reader }).include('.article__body').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await attachScreenshot(info, 'reader', reader);
  expect(providerRequests).toEqual([]);

  await play.click();
  const frame = article.locator('iframe');
  await expect(frame).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ\?/);
  await expect(frame).toHaveAttribute('title', videoTitle);
  await expect(frame).toHaveAttribute('allow', 'autoplay; encrypted-media; picture-in-picture; fullscreen');
  await expect(frame).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  await expect(frame).toBeFocused();
  await expect(play).toHaveCount(0);
});
