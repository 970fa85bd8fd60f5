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

describe('videos and tables for feed readers', () => {
  it('links a video to the original instead of playing it, and writes a table as a table', () => {
    process.env.SITE_URL = 'https://baomoi.example';
    const cell = (type: string, text: string, attrs: Record<string, unknown> = {}) => ({ type, attrs, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    const html = bodyToFeedHtml({
      type: 'doc',
      content: [
        { type: 'embed', attrs: { url: 'https://youtu.be/dQw4w9WgXcQ', title: 'Lũ <quét>', thumbKey: 'uploads/2026/12/a.jpg', thumbWidth: 480, thumbHeight: 360 } },
        { type: 'embed', attrs: { url: 'https://www.tiktok.com/@baotuyenquang/video/7312345678901234567', title: '' } },
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [cell('tableHeader', 'Xã'), cell('tableHeader', 'Số hộ')] },
            { type: 'tableRow', content: [cell('tableCell', 'Yên Lạc & Vĩnh Tường', { colspan: 2 })] },
          ],
        },
      ],
    });
    expect(html).toContain(
      '<figure><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"><img src="https://baomoi.example/media/uploads/2026/12/a.jpg" alt="" width="480" height="360"></a>' +
        '<figcaption><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Lũ &lt;quét&gt;</a> (Xem trên YouTube)</figcaption></figure>',
    );
    expect(html).toContain('<a href="https://www.tiktok.com/@baotuyenquang/video/7312345678901234567">Video TikTok</a> (Xem trên TikTok)');
    expect(html).toContain('<table><tr><th><p>Xã</p></th><th><p>Số hộ</p></th></tr><tr><td colspan="2"><p>Yên Lạc &amp; Vĩnh Tường</p></td></tr></table>');
    expect(html).not.toContain('iframe');
    expect(html).not.toContain('youtube-nocookie');
  });
});
