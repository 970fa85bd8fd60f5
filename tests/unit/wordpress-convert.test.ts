import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '@/db/schema/articles';
import { sanitizeDoc } from '@/lib/articles/rich-text';
import { convertPostContent } from '@/lib/import/wordpress/convert';
import { dropUnresolvedImages } from '@/lib/import/wordpress/nodes';
import { normalizeOldPath, oldPathOfRequest } from '@/lib/import/wordpress/paths';
import { phpSerializedString } from '@/lib/import/wordpress/media';
import { splitShortcodes } from '@/lib/import/wordpress/shortcodes';

const types = (doc: RichTextNode) => doc.content!.map((n) => n.type);
const text = (node: RichTextNode): string => node.text ?? (node.content ?? []).map(text).join('');

/** Fills every pending photo as the importer would, so that the result can go through the reader allowlist. */
function resolved(html: string) {
  const converted = convertPostContent(html, { siteHost: 'baocu.example' });
  converted.images.forEach((image, i) => Object.assign(image.target, { mediaId: i + 1, key: `uploads/2024/03/anh-${i}.jpg`, width: 800, height: 600, alt: image.alt, caption: image.caption }));
  return converted;
}

describe('converting a classic WordPress post', () => {
  it('makes paragraphs of blank lines and line breaks of single newlines, as wpautop does', () => {
    const { doc, warnings } = convertPostContent('Dòng một\nDòng hai\n\nĐoạn <b>hai</b> &amp; <i>ba</i>.');
    expect(types(doc)).toEqual(['paragraph', 'paragraph']);
    expect(doc.content![0]!.content!.map((n) => n.type)).toEqual(['text', 'hardBreak', 'text']);
    expect(doc.content![1]!.content).toEqual([
      { type: 'text', text: 'Đoạn ' },
      { type: 'text', text: 'hai', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' & ' },
      { type: 'text', text: 'ba', marks: [{ type: 'italic' }] },
      { type: 'text', text: '.' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads [caption] in both its forms and [gallery], and keeps a figure’s words when its photo is missing', () => {
    const html =
      '[caption id="attachment_12" align="alignnone" width="300"]<a href="/x.jpg"><img class="wp-image-12" src="https://baocu.example/wp-content/uploads/2024/03/a-300x200.jpg" alt="Cầu" /></a> Cây cầu mới[/caption]\n\n' +
      '[caption id="attachment_13" caption="Chú thích cũ"]<img src="https://baocu.example/wp-content/uploads/b.jpg" />[/caption]\n\n[gallery ids="12, 13"]';
    const { doc, images } = convertPostContent(html);
    expect(types(doc)).toEqual(['figure', 'figure', 'gallery']);
    expect(images.map((i) => [i.attachmentId, i.alt, i.caption])).toEqual([
      ['12', 'Cầu', 'Cây cầu mới'],
      ['13', '', 'Chú thích cũ'],
      ['12', '', ''],
      ['13', '', ''],
    ]);
    images[0]!.target.caption = 'Cây cầu mới';
    Object.assign(images[2]!.target, { key: 'uploads/x.jpg', width: 10, height: 10 });
    expect(dropUnresolvedImages(doc)).toBe(3);
    expect(types(doc)).toEqual(['paragraph', 'gallery']);
    expect(text(doc.content![0]!)).toBe('Cây cầu mới');
  });

  it('turns a YouTube address alone on its line, [embed] and a YouTube iframe into embeds, and other players into links', () => {
    const { doc, warnings } = convertPostContent(
      'Xem video:\n\nhttps://youtu.be/dQw4w9WgXcQ\n\n[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]\n\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>\n\n<iframe src="https://player.vimeo.com/video/1"></iframe>',
    );
    expect(types(doc)).toEqual(['paragraph', 'embed', 'embed', 'embed', 'paragraph']);
    expect(doc.content![4]!.content![0]!.marks).toEqual([{ type: 'link', attrs: { href: 'https://player.vimeo.com/video/1' } }]);
    expect(warnings.map((w) => w.code)).toContain('embedUnsupported');
  });

  it('keeps the words of what it cannot carry, and reports it: scripts go, unknown shortcodes and tags leave their text', () => {
    const { doc, warnings } = convertPostContent('<script>alert(1)</script><video src="x.mp4"></video><marquee>Chữ chạy</marquee>\n\n[quang_cao vi_tri="1"]Mua ngay[/quang_cao]');
    const all = JSON.stringify(doc);
    expect(all).not.toContain('alert');
    expect(all).toContain('Chữ chạy');
    expect(all).toContain('Mua ngay');
    expect(warnings.map((w) => `${w.code}:${w.what}`).sort()).toEqual(['embedUnsupported:x.mp4', 'script:script', 'unknownShortcode:quang_cao', 'unknownTag:marquee', 'unknownTag:video']);
  });

  it('makes links to the old site paths of this one, and drops unsafe links but not their words', () => {
    const { doc } = convertPostContent('<p><a href="https://baocu.example/2024/03/bai-cu/">bài cũ</a> <a href="javascript:alert(1)">bấm</a> <a href="https://khac.example/">trang khác</a></p>', { siteHost: 'baocu.example' });
    const nodes = doc.content![0]!.content!;
    expect(nodes[0]).toEqual({ type: 'text', text: 'bài cũ', marks: [{ type: 'link', attrs: { href: '/2024/03/bai-cu/' } }] });
    expect(nodes[1]).toEqual({ type: 'text', text: ' bấm ' });
    expect(nodes[2]).toEqual({ type: 'text', text: 'trang khác', marks: [{ type: 'link', attrs: { href: 'https://khac.example/' } }] });
  });

  it('converts nested lists, numbered lists with a start, headings, quotes, rules and tables', () => {
    const { doc } = resolved(
      '<h1>Một</h1><h5>Năm</h5><ol start="3"><li>Ba<ul><li>Con</li></ul></li></ol><blockquote><p>Trích</p></blockquote><hr>' +
        '<table><tr><th colspan="2">Đầu</th></tr><tr><td>a</td><td><img src="/wp-content/uploads/x.jpg"> b</td></tr></table>',
    );
    expect(types(doc)).toEqual(['heading', 'heading', 'orderedList', 'blockquote', 'horizontalRule', 'table']);
    expect(doc.content!.slice(0, 2).map((h) => h.attrs!.level)).toEqual([2, 4]);
    expect(doc.content![2]!.attrs).toEqual({ start: 3 });
    expect(doc.content![2]!.content![0]!.content!.map((n) => n.type)).toEqual(['paragraph', 'bulletList']);
    const safe = sanitizeDoc(doc);
    expect(safe.map((b) => b.type)).toEqual(types(doc));
    expect(safe[5]).toMatchObject({ type: 'table', rows: [[{ header: true, colspan: 2 }], [{ header: false }, { header: false }]] });
  });
});

describe('converting a Gutenberg post', () => {
  it('reads blocks through their HTML and the reader allowlist keeps every node it makes', () => {
    const html = [
      '<!-- wp:paragraph --><p>Mở đầu</p><!-- /wp:paragraph -->',
      '<!-- wp:image {"id":5} --><figure class="wp-block-image"><img src="https://baocu.example/wp-content/uploads/a.jpg" alt="Ảnh"/><figcaption>Chú thích</figcaption></figure><!-- /wp:image -->',
      '<!-- wp:embed {"url":"https://www.tiktok.com/@baocu/video/7300000000000000000"} --><figure class="wp-block-embed"><div class="wp-block-embed__wrapper">https://www.tiktok.com/@baocu/video/7300000000000000000</div></figure><!-- /wp:embed -->',
      '<!-- wp:latest-posts /-->',
      '<!-- wp:pullquote --><figure class="wp-block-pullquote"><blockquote><p>Câu nói</p><cite>Ai đó</cite></blockquote></figure><!-- /wp:pullquote -->',
    ].join('\n\n');
    const { doc, images, warnings } = resolved(html);
    expect(types(doc)).toEqual(['paragraph', 'figure', 'embed', 'blockquote']);
    expect(images[0]).toMatchObject({ attachmentId: '5', alt: 'Ảnh', caption: 'Chú thích' });
    expect(warnings).toEqual([{ code: 'unknownBlock', what: 'latest-posts' }]);
    expect(sanitizeDoc(doc).map((b) => b.type)).toEqual(types(doc));
  });
});

describe('the pieces around the converter', () => {
  it('splits shortcodes from text, with WordPress’s [[escape]]', () => {
    const pieces = splitShortcodes('a [gallery ids="1,2"] b [[gallery]] c [x]in[/x] [1] d');
    expect(pieces.map((p) => (p.type === 'text' ? p.text : `<${p.name}:${p.inner ?? ''}:${JSON.stringify(p.attrs.named)}>`))).toEqual([
      'a ',
      '<gallery::{"ids":"1,2"}>',
      ' b [gallery] c ',
      '<x:in:{}>',
      ' [1] d',
    ]);
  });

  it('reads a credit out of PHP-serialized metadata by its byte length', () => {
    const meta = 'a:2:{s:5:"width";i:640;s:10:"image_meta";a:1:{s:6:"credit";s:22:"Ảnh: Ngô Tuấn Anh";}}';
    expect(phpSerializedString(meta, 'credit')).toBe('Ảnh: Ngô Tuấn Anh');
    expect(phpSerializedString(meta, 'caption')).toBe('');
  });

  it('brings old addresses to one form', () => {
    expect(normalizeOldPath('https://baocu.example/2024/03/16/H%C3%A0-N%E1%BB%99i/')).toBe('/2024/03/16/hà-nội');
    expect(normalizeOldPath('https://baocu.example/?p=12&utm_source=x')).toBe('/?p=12');
    expect(normalizeOldPath('https://baocu.example/')).toBeNull();
    expect(oldPathOfRequest('/category/thoi-su/')).toBe('/category/thoi-su');
    expect(oldPathOfRequest('/', { cat: '3' })).toBe('/?cat=3');
  });
});
