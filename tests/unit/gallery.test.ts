import { describe, expect, it } from 'vitest';
import { sanitizeDoc } from '@/lib/articles/rich-text';
import { bodyToFeedHtml } from '@/lib/feeds/feed-html';

/** A gallery node as the editor writes it (components/admin/editor/gallery-extension.ts): the library's id and the story's words. */
const photo = (n: number, caption = '') => ({ mediaId: n, key: `uploads/2026/12/anh-${n}.jpg`, width: 1200, height: 800, alt: `Ảnh ${n}`, caption, credit: n === 2 ? 'Ảnh: B' : '' });
const doc = { type: 'doc', content: [{ type: 'gallery', attrs: { images: [photo(3, 'Ba'), photo(1), photo(2, 'Chú thích riêng <b>')] } }] };

describe('a gallery from the editor', () => {
  it('reaches readers in the order the editor chose, with each placement\'s words', () => {
    const [block] = sanitizeDoc(doc);
    expect(block).toEqual({
      type: 'gallery',
      images: [
        { key: 'uploads/2026/12/anh-3.jpg', width: 1200, height: 800, alt: 'Ảnh 3', caption: 'Ba', credit: '' },
        { key: 'uploads/2026/12/anh-1.jpg', width: 1200, height: 800, alt: 'Ảnh 1', caption: '', credit: '' },
        { key: 'uploads/2026/12/anh-2.jpg', width: 1200, height: 800, alt: 'Ảnh 2', caption: 'Chú thích riêng <b>', credit: 'Ảnh: B' },
      ],
    });
  });

  it('reaches feed readers as its photos one after another, captions escaped', () => {
    process.env.SITE_URL = 'https://baomoi.example';
    const html = bodyToFeedHtml(doc);
    expect(html.match(/<figure>/g)).toHaveLength(3);
    expect(html.indexOf('anh-3.jpg')).toBeLessThan(html.indexOf('anh-1.jpg'));
    expect(html.indexOf('anh-1.jpg')).toBeLessThan(html.indexOf('anh-2.jpg'));
    expect(html).toContain('<figcaption>Chú thích riêng &lt;b&gt; Ảnh: B</figcaption>');
    expect(html).toContain('<img src="https://baomoi.example/media/uploads/2026/12/anh-1.jpg" alt="Ảnh 1" width="1200" height="800">');
  });
});
