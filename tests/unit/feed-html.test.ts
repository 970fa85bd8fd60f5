import { describe, expect, it } from 'vitest';
import { bodyToFeedHtml } from '@/lib/feeds/feed-html';

describe('a story body for feed readers', () => {
  it('escapes text, keeps the allowed marks and makes addresses absolute', () => {
    process.env.SITE_URL = 'https://baomoi.example';
    const html = bodyToFeedHtml({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'a]]>b <script>alert(1)</script> & "x"', marks: [{ type: 'bold' }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'trong báo', marks: [{ type: 'link', attrs: { href: '/kinh-te/bai' } }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'xấu', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
        { type: 'figure', attrs: { key: 'anh/1.webp', width: 800, height: 600, alt: 'Ảnh "một"', caption: 'Chú thích', credit: 'Ảnh: A' } },
        { type: 'rawHtml', content: '<iframe src="https://evil.example"></iframe>' },
      ],
    });
    expect(html).toContain('<p><strong>a]]&gt;b &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</strong></p>');
    expect(html).toContain('<a href="https://baomoi.example/kinh-te/bai">trong báo</a>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<img src="https://baomoi.example/media/anh/1.webp" alt="Ảnh &quot;một&quot;" width="800" height="600">');
    expect(html).toContain('<figcaption>Chú thích Ảnh: A</figcaption>');
    expect(html).not.toContain('iframe');
  });
});
