import { describe, expect, it } from 'vitest';
import { parseEmbedUrl } from '@/lib/articles/embeds';
import { sanitizeDoc } from '@/lib/articles/rich-text';

describe('embed addresses', () => {
  it('reads the usual YouTube addresses and plays them from youtube-nocookie', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://m.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/shorts/dQw4w9WgXcQ',
      ' https://www.youtube.com/embed/dQw4w9WgXcQ ',
    ]) {
      const target = parseEmbedUrl(url);
      expect(target, url).toMatchObject({ provider: 'youtube', id: 'dQw4w9WgXcQ', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' });
      expect(target!.player.startsWith('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')).toBe(true);
    }
  });

  it('reads TikTok videos and Facebook videos and posts, dropping tracking parameters', () => {
    expect(parseEmbedUrl('https://www.tiktok.com/@baotuyenquang/video/7312345678901234567?is_from_webapp=1')).toMatchObject({
      provider: 'tiktok',
      id: '7312345678901234567',
      url: 'https://www.tiktok.com/@baotuyenquang/video/7312345678901234567',
      player: 'https://www.tiktok.com/embed/v2/7312345678901234567',
    });
    const video = parseEmbedUrl('https://www.facebook.com/baotuyenquang/videos/1234567890123456/?fbclid=abc');
    expect(video).toMatchObject({ provider: 'facebook', url: 'https://www.facebook.com/baotuyenquang/videos/1234567890123456/' });
    expect(video!.player).toContain('plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fbaotuyenquang%2Fvideos');
    const post = parseEmbedUrl('https://www.facebook.com/baotuyenquang/posts/pfbid02abcDEF123');
    expect(post!.player).toContain('plugins/post.php');
    expect(parseEmbedUrl('https://www.facebook.com/watch/?v=1234567890')!.url).toBe('https://www.facebook.com/watch/?v=1234567890');
  });

  it('refuses other sites, other schemes and look-alike hosts', () => {
    for (const url of [
      'javascript:alert(1)',
      'https://evil.example/watch?v=dQw4w9WgXcQ',
      'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=short',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ"><script>',
      'https://user:pw@www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.facebook.com/login.php',
      'https://www.facebook.com/watch/',
      'https://www.tiktok.com/@x/photo/7312345678901234567',
      'ftp://youtu.be/dQw4w9WgXcQ',
      '',
      42,
    ]) {
      expect(parseEmbedUrl(url), String(url)).toBeNull();
    }
  });
});

describe('new block types on the reader side', () => {
  it('works the player out from the address again, whatever the stored node claims', () => {
    const [embed] = sanitizeDoc({
      type: 'doc',
      content: [{ type: 'embed', attrs: { url: 'https://youtu.be/dQw4w9WgXcQ', player: 'https://evil.example/', title: 'Lũ quét', thumbKey: '../x', thumbWidth: 10, thumbHeight: 10 } }],
    });
    expect(embed).toMatchObject({ type: 'embed', provider: 'youtube', title: 'Lũ quét', thumb: null });
    expect(embed).toHaveProperty('player', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0');
    expect(sanitizeDoc({ type: 'doc', content: [{ type: 'embed', attrs: { url: 'https://evil.example/v' } }] })).toEqual([]);
  });

  it('keeps a gallery of valid photos only, and tables of words', () => {
    const blocks = sanitizeDoc({
      type: 'doc',
      content: [
        {
          type: 'gallery',
          attrs: {
            images: [
              { key: '2024/01/a.jpg', width: 1200, height: 800, alt: 'Cầu', caption: 'Cầu Tình Húc', credit: 'Ảnh: X' },
              { key: '../../etc/passwd', width: 10, height: 10 },
              'not an image',
            ],
          },
        },
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Xã' }] }] }] },
            {
              type: 'tableRow',
              content: [
                { type: 'tableCell', attrs: { colspan: 2 }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hùng Lợi' }] }, { type: 'figure', attrs: { key: 'a.jpg', width: 1, height: 1 } }] },
              ],
            },
          ],
        },
      ],
    });
    expect(blocks[0]).toEqual({ type: 'gallery', images: [{ key: '2024/01/a.jpg', width: 1200, height: 800, alt: 'Cầu', caption: 'Cầu Tình Húc', credit: 'Ảnh: X' }] });
    expect(blocks[1]).toMatchObject({
      type: 'table',
      rows: [[{ header: true, colspan: 1, rowspan: 1 }], [{ header: false, colspan: 2, content: [{ type: 'paragraph' }] }]],
    });
  });
});
