import { describe, expect, it } from 'vitest';
import { docToPlainText, safeHref, sanitizeDoc } from '@/lib/articles/rich-text';

describe('safeHref', () => {
  it('allows web, mail, phone and site links', () => {
    expect(safeHref('https://baochinhphu.vn/a')).toBe('https://baochinhphu.vn/a');
    expect(safeHref('mailto:toasoan@example.vn')).toBe('mailto:toasoan@example.vn');
    expect(safeHref('/thoi-su')).toBe('/thoi-su');
  });

  it('refuses script and data URLs and protocol-relative links', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref('java\nscript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHref('//evil.example')).toBeNull();
    expect(safeHref(42)).toBeNull();
  });
});

describe('sanitizeDoc', () => {
  it('keeps allowed nodes and marks', () => {
    const blocks = sanitizeDoc({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Tiêu đề' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Đậm', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'liên kết', marks: [{ type: 'link', attrs: { href: 'https://vinhphuc.gov.vn' } }] },
          ],
        },
      ],
    });
    expect(blocks).toEqual([
      { type: 'heading', level: 3, content: [{ type: 'text', text: 'Tiêu đề', marks: [] }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Đậm', marks: [{ type: 'bold' }] },
          { type: 'text', text: 'liên kết', marks: [{ type: 'link', href: 'https://vinhphuc.gov.vn', external: true }] },
        ],
      },
    ]);
  });

  it('drops unsafe links and unknown marks but keeps the words', () => {
    const [block] = sanitizeDoc({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'bấm vào', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }, { type: 'textStyle', attrs: { style: 'x' } }] }],
        },
      ],
    });
    expect(block).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'bấm vào', marks: [] }] });
  });

  it('turns unknown blocks such as raw HTML into plain paragraphs of their text', () => {
    const blocks = sanitizeDoc({ type: 'doc', content: [{ type: 'rawHtml', content: [{ type: 'text', text: '<script>alert(1)</script>' }] }, { type: 'iframe', attrs: { src: 'x' } }] });
    expect(blocks).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>', marks: [] }] }]);
  });

  it('accepts figures only with a safe media key and dimensions', () => {
    const good = { type: 'figure', attrs: { key: 'demo/photo-1.jpg', width: 1200, height: 800, alt: 'Ảnh', caption: 'Chú thích', credit: 'Ảnh: A' } };
    const traversal = { type: 'figure', attrs: { key: '../../etc/passwd', width: 10, height: 10 } };
    const noSize = { type: 'figure', attrs: { key: 'demo/photo-1.jpg' } };
    expect(sanitizeDoc({ type: 'doc', content: [good, traversal, noSize] })).toEqual([
      { type: 'figure', key: 'demo/photo-1.jpg', width: 1200, height: 800, alt: 'Ảnh', caption: 'Chú thích', credit: 'Ảnh: A' },
    ]);
  });

  it('survives garbage', () => {
    expect(sanitizeDoc(null)).toEqual([]);
    expect(sanitizeDoc('<p>hi</p>')).toEqual([]);
    expect(sanitizeDoc({ type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'listItem' }] }] })).toEqual([{ type: 'bulletList', items: [[]] }]);
  });
});

describe('docToPlainText', () => {
  it('puts each block on its own line', () => {
    const text = docToPlainText({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Một' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hai' }] }] }] },
      ],
    });
    expect(text).toBe('Một\nHai');
  });
});

describe('hostile links and nesting', () => {
  it('refuses backslashes and protocol-relative forms in links', async () => {
    const { safeHref } = await import('@/lib/articles/rich-text');
    const { breakingSchema } = await import('@/lib/validation/taxonomy');
    const banner = (href: string) => breakingSchema.safeParse({ text: 'Tin nóng', href, expiresAt: '2030-01-01T10:00' }).success;
    for (const href of ['/\\evil.example', '//evil.example', '/\\/evil.example', '\\\\evil.example', 'https:\\\\evil.example', '/a\\b', ' /\\evil.example']) {
      expect(safeHref(href)).toBeNull();
      expect(banner(href)).toBe(false);
    }
    for (const href of ['/thoi-su/bai-viet', 'https://example.vn/a']) {
      expect(safeHref(href)).toBe(href);
      expect(banner(href)).toBe(true);
    }
  });

  it('refuses a deeply nested body with a message instead of overflowing the stack', async () => {
    const { articleFieldsSchema } = await import('@/lib/validation/article');
    const { sanitizeDoc } = await import('@/lib/articles/rich-text');
    let node: Record<string, unknown> = { type: 'paragraph', content: [{ type: 'text', text: 'sâu' }] };
    for (let i = 0; i < 100_000; i++) node = { type: 'blockquote', content: [node] };
    const body = { type: 'doc', content: [node] };
    const parsed = articleFieldsSchema.safeParse({ title: 'Sâu', body });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([expect.stringMatching(/lồng nhau/)]);
    expect(sanitizeDoc(body)).toEqual([]);
  });
});
