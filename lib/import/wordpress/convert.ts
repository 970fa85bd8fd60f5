import type { RichTextNode } from '@/db/schema/articles';
import { parseEmbedUrl } from '@/lib/articles/embeds';
import { safeHref } from '@/lib/articles/rich-text';
import { attachmentIdOf, classes, findAll, parseHtml, readBlockComment, textOf, type HNode } from './html';
import { collapse, embedNode, inlineText, trimInline, withMark, type Mark } from './nodes';
import { splitShortcodes, type Shortcode } from './shortcodes';

/*
 * A WordPress post body (classic HTML with shortcodes, or Gutenberg blocks, which are HTML
 * with block comments) becomes a Tiptap document of the editor's node types only. HTML is read
 * by htmlparser2; shortcodes by ./shortcodes. Whatever has no node of ours (a raw HTML block, a
 * plugin's shortcode or block, a <video>) keeps its words as plain text and is reported, never
 * passed on as HTML. Images are left for the importer to resolve: each figure and gallery photo
 * is listed in `images` with the attrs object the importer fills in once the file is in the
 * media library.
 */

export type PendingImage = {
  /** The attrs object of a figure node or gallery photo; the importer writes mediaId, key, width, height… into it. */
  target: Record<string, unknown>;
  attachmentId: string | null;
  src: string;
  alt: string;
  caption: string;
};

/** What the converter could not carry over as such: a code and what it was (a tag, block or shortcode name). */
export type ConvertWarning = { code: 'rawHtml' | 'unknownBlock' | 'unknownShortcode' | 'unknownTag' | 'embedUnsupported' | 'script'; what: string };

export type Converted = { doc: RichTextNode; images: PendingImage[]; warnings: ConvertWarning[] };

type Context = { classic: boolean; siteHost: string; images: PendingImage[]; warnings: ConvertWarning[]; shortcodes: Shortcode[] };

const SHORTCODE_TAG = 'wp-shortcode';
const MARK_TAGS: Record<string, Mark['type']> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', u: 'underline', ins: 'underline', s: 'strike', del: 'strike', strike: 'strike' };
/** Wrappers whose children are read as if the wrapper were not there. */
const TRANSPARENT = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'center', 'span', 'font', 'small', 'big', 'sup', 'sub', 'mark', 'abbr', 'cite', 'time', 'code', 'kbd', 'q', 'dfn', 'var', 'samp', 'label', 'nav', 'tbody', 'thead', 'tfoot', 'picture', 'figcaption', 'a', 'body', 'html', 'address', 'dl', 'dt', 'dd', 'details', 'summary', 'pre']);
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'form', 'input', 'button', 'select', 'textarea', 'source', 'track']);
/** Blocks whose HTML says all there is; the block comment adds nothing to read. */
const KNOWN_BLOCKS = new Set([
  'paragraph', 'heading', 'list', 'list-item', 'quote', 'pullquote', 'image', 'gallery', 'table', 'embed', 'separator', 'spacer', 'html', 'shortcode',
  'freeform', 'classic', 'group', 'columns', 'column', 'preformatted', 'code', 'verse', 'more', 'nextpage', 'video', 'audio', 'cover', 'media-text', 'buttons', 'button',
]);
const HEADING_LEVEL: Record<string, number> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };

export function convertPostContent(content: string, { siteHost = '' }: { siteHost?: string } = {}): Converted {
  const ctx: Context = { classic: !content.includes('<!-- wp:'), siteHost: siteHost.toLowerCase(), images: [], warnings: [], shortcodes: [] };
  const blocks = convertHtml(content, ctx);
  return { doc: { type: 'doc', content: blocks.length ? blocks : [{ type: 'paragraph' }] }, images: ctx.images, warnings: ctx.warnings };
}

/** Parses HTML that may hold shortcodes: each shortcode becomes a placeholder element first. */
function convertHtml(html: string, ctx: Context): RichTextNode[] {
  const marked = splitShortcodes(html)
    .map((piece) => {
      if (piece.type === 'text') return piece.text;
      ctx.shortcodes.push(piece);
      return `<${SHORTCODE_TAG} data-i="${ctx.shortcodes.length - 1}"></${SHORTCODE_TAG}>`;
    })
    .join('');
  return new BlockWriter(ctx).blocks(parseHtml(marked));
}


class BlockWriter {
  private out: RichTextNode[] = [];
  private inline: RichTextNode[] = [];
  private block: { name: string; attrs: Record<string, unknown> } | null = null;

  constructor(private readonly ctx: Context) {}

  blocks(nodes: HNode[]): RichTextNode[] {
    for (const node of nodes) this.node(node);
    this.flush();
    return this.out;
  }

  private warn(code: ConvertWarning['code'], what: string) {
    if (!this.ctx.warnings.some((w) => w.code === code && w.what === what)) this.ctx.warnings.push({ code, what });
  }

  private flush() {
    const content = trimInline(this.inline);
    this.inline = [];
    if (content.length) this.out.push({ type: 'paragraph', content });
  }

  private push(block: RichTextNode | null) {
    if (!block) return;
    this.flush();
    this.out.push(block);
  }

  private node(node: HNode) {
    if (node.type === 'comment') return this.comment(node.data ?? '');
    if (node.type === 'text' || node.type === 'cdata') return this.text(node.type === 'cdata' ? textOf(node) : (node.data ?? ''));
    if (node.type === 'script' || node.type === 'style') return this.warn('script', node.name ?? node.type);
    if (node.type !== 'tag') return;
    if (this.block?.name === 'html') {
      // A raw HTML block: its words survive as plain text, its markup does not.
      this.warn('rawHtml', 'html');
      const text = textOf(node).trim();
      if (text) this.push({ type: 'paragraph', content: [{ type: 'text', text }] });
      return;
    }
    this.element(node);
  }

  private comment(data: string) {
    const block = readBlockComment(data);
    if (!block) return;
    if (block.closing) {
      this.block = null;
      return;
    }
    if (!KNOWN_BLOCKS.has(block.name)) this.warn('unknownBlock', block.name);
    if (!block.selfClosing) this.block = { name: block.name, attrs: block.attrs };
  }

  /** Words at block level: in classic posts a blank line ends a paragraph and a single newline is a line break (wpautop). */
  private text(raw: string) {
    if (!this.ctx.classic) {
      if (raw.trim()) this.inline.push(...inlineText(raw, []));
      return;
    }
    const paragraphs = raw.split(/\n[ \t]*\n/);
    paragraphs.forEach((part, index) => {
      if (index > 0) this.flush();
      const lines = part.split('\n');
      lines.forEach((line, lineIndex) => {
        if (lineIndex > 0 && this.inline.length) this.inline.push({ type: 'hardBreak' });
        const text = collapse(line);
        if (text.trim() || (text && this.inline.length)) {
          const alone = line.trim();
          if (alone && /^https?:\/\/\S+$/.test(alone) && parseEmbedUrl(alone) && !this.inline.some((n) => n.type === 'text' && n.text?.trim())) {
            // WordPress turns an address alone on its line into an embed.
            this.push(embedNode(alone, ''));
            return;
          }
          this.inline.push({ type: 'text', text });
        }
      });
    });
  }

  private element(node: HNode) {
    const name = node.name ?? '';
    if (name === SHORTCODE_TAG) return this.shortcode(this.ctx.shortcodes[Number(node.attribs?.['data-i'])]);
    if (name === 'p') {
      this.flush();
      return this.paragraphs(node.children ?? []);
    }
    if (HEADING_LEVEL[name]) {
      const content = trimInline(this.inlineOf(node.children ?? [], []));
      return this.push(content.length ? { type: 'heading', attrs: { level: HEADING_LEVEL[name] }, content } : null);
    }
    if (name === 'ul' || name === 'ol') return this.push(this.list(node));
    if (name === 'blockquote') return this.push(this.quote(node));
    if (name === 'hr') return this.push({ type: 'horizontalRule' });
    if (name === 'br') return this.inline.push({ type: 'hardBreak' });
    if (name === 'table') return this.push(this.table(node));
    if (name === 'figure') return this.figure(node);
    if (name === 'img') return this.push(this.image(node, '', this.block?.attrs));
    if (name === 'iframe' || name === 'embed' || name === 'object' || name === 'video' || name === 'audio') return this.media(node);
    if (MARK_TAGS[name] || name === 'a') {
      // Inline markup at block level (classic posts): part of the current paragraph, unless it hides a photo.
      if (findAll([node], (n) => n.name === 'img').length) return this.blocksInside(node);
      return this.inline.push(...this.inlineOf([node], []));
    }
    if (DROPPED.has(name)) return this.warn('unknownTag', name);
    if (!TRANSPARENT.has(name) && name !== 'li' && name !== 'tr' && name !== 'td' && name !== 'th') this.warn('unknownTag', name);
    if (name === 'pre') return this.push(this.preformatted(node));
    this.blocksInside(node);
  }

  /** A wrapper's children, read at block level as if the wrapper were not there. */
  private blocksInside(node: HNode) {
    for (const child of node.children ?? []) this.node(child);
  }

  /** A <p>: its words, with photos inside it lifted out as figures after the words before them. */
  private paragraphs(children: HNode[]) {
    for (const child of children) {
      if (child.type === 'tag' && (child.name === 'img' || child.name === SHORTCODE_TAG || child.name === 'iframe' || findAll([child], (n) => n.name === 'img').length)) {
        this.node(child);
      } else this.inline.push(...this.inlineOf([child], []));
    }
    this.flush();
  }

  private preformatted(node: HNode): RichTextNode | null {
    const lines = textOf(node).replace(/\n$/, '').split('\n');
    const content: RichTextNode[] = [];
    lines.forEach((line, i) => {
      if (i > 0) content.push({ type: 'hardBreak' });
      if (line) content.push({ type: 'text', text: line });
    });
    return content.length ? { type: 'paragraph', content } : null;
  }

  inlineOf(nodes: HNode[], marks: Mark[]): RichTextNode[] {
    const out: RichTextNode[] = [];
    for (const node of nodes) {
      if (node.type === 'text') out.push(...inlineText(node.data ?? '', marks));
      else if (node.type === 'tag') {
        const name = node.name ?? '';
        if (name === 'br') out.push({ type: 'hardBreak' });
        else if (name === 'img' || DROPPED.has(name)) continue;
        else if (name === SHORTCODE_TAG) {
          const code = this.ctx.shortcodes[Number(node.attribs?.['data-i'])];
          if (code) {
            this.warn('unknownShortcode', code.name);
            out.push(...inlineText(code.inner ?? '', marks));
          }
        } else if (MARK_TAGS[name]) out.push(...this.inlineOf(node.children ?? [], withMark(marks, { type: MARK_TAGS[name] })));
        else if (name === 'a') {
          const href = this.linkTarget(node.attribs?.href ?? '');
          out.push(...this.inlineOf(node.children ?? [], href ? withMark(marks, { type: 'link', attrs: { href } }) : marks));
        } else {
          if (!TRANSPARENT.has(name) && !['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'figure', 'table', 'tr', 'td', 'th'].includes(name)) this.warn('unknownTag', name);
          out.push(...this.inlineOf(node.children ?? [], marks));
        }
      } else if (node.type === 'script' || node.type === 'style') this.warn('script', node.name ?? node.type);
    }
    return out;
  }

  /** Links to the old site become paths on this one (its old addresses redirect); unsafe links lose their link, not their words. */
  private linkTarget(raw: string): string | null {
    const href = raw.trim();
    try {
      const url = new URL(href);
      if (this.ctx.siteHost && url.hostname.toLowerCase() === this.ctx.siteHost && !url.pathname.startsWith('/wp-')) return safeHref(`${url.pathname}${url.search}${url.hash}`) ?? safeHref(href);
    } catch {
      // not absolute: checked as it is below
    }
    return safeHref(href);
  }

  private list(node: HNode): RichTextNode | null {
    const items: RichTextNode[] = [];
    for (const child of node.children ?? []) {
      if (child.type !== 'tag' || child.name !== 'li') continue;
      const content = new BlockWriter(this.ctx).blocks(child.children ?? []);
      items.push({ type: 'listItem', content: content.length ? content : [{ type: 'paragraph' }] });
    }
    if (!items.length) return null;
    if (node.name === 'ol') {
      const start = Number(node.attribs?.start);
      return { type: 'orderedList', attrs: { start: Number.isInteger(start) && start > 0 ? start : 1 }, content: items };
    }
    return { type: 'bulletList', content: items };
  }

  private quote(node: HNode): RichTextNode | null {
    const inner = new BlockWriter(this.ctx).blocks(node.children ?? []);
    return inner.length ? { type: 'blockquote', content: inner } : null;
  }

  private table(node: HNode): RichTextNode | null {
    const rows: RichTextNode[] = [];
    for (const row of findAll(node.children ?? [], (n) => n.name === 'tr')) {
      const cells: RichTextNode[] = [];
      for (const cell of row.children ?? []) {
        if (cell.type !== 'tag' || (cell.name !== 'td' && cell.name !== 'th')) continue;
        const span = (value: string | undefined) => Math.max(1, Math.min(30, Number.parseInt(value ?? '1', 10) || 1));
        const blocks = new BlockWriter({ ...this.ctx, classic: false })
          .blocks(cell.children ?? [])
          .filter((b) => ['paragraph', 'heading', 'bulletList', 'orderedList', 'blockquote'].includes(b.type));
        cells.push({
          type: cell.name === 'th' ? 'tableHeader' : 'tableCell',
          attrs: { colspan: span(cell.attribs?.colspan), rowspan: span(cell.attribs?.rowspan) },
          content: blocks.length ? blocks : [{ type: 'paragraph' }],
        });
      }
      if (cells.length) rows.push({ type: 'tableRow', content: cells });
    }
    return rows.length ? { type: 'table', content: rows } : null;
  }

  private figure(node: HNode) {
    const cls = classes(node);
    const caption = findAll(node.children ?? [], (n) => n.name === 'figcaption')[0];
    const captionText = caption ? collapse(textOf(caption)).trim() : '';
    if (cls.has('wp-block-embed') || this.block?.name === 'embed' || this.block?.name.startsWith('core-embed')) {
      const fromBlock = typeof this.block?.attrs.url === 'string' ? this.block.attrs.url : '';
      const wrapper = findAll(node.children ?? [], (n) => classes(n).has('wp-block-embed__wrapper'))[0];
      const url = (fromBlock || (wrapper ? textOf(wrapper) : '')).trim();
      return this.push(this.embedOrLink(url, captionText));
    }
    if (cls.has('wp-block-table') || findAll([node], (n) => n.name === 'table').length) {
      const table = findAll([node], (n) => n.name === 'table')[0]!;
      this.push(this.table(table));
      if (captionText) this.push({ type: 'paragraph', content: [{ type: 'text', text: captionText }] });
      return;
    }
    const images = findAll(node.children ?? [], (n) => n.name === 'img');
    if (cls.has('wp-block-gallery') || images.length > 1) return this.push(this.gallery(images, node));
    if (images.length === 1) return this.push(this.image(images[0]!, captionText, this.block?.attrs));
    this.blocksInside(node);
  }

  /** A photo: a figure whose media fields the importer fills in. */
  private image(img: HNode, caption: string, blockAttrs?: Record<string, unknown>): RichTextNode {
    const attrs: Record<string, unknown> = { mediaId: null, key: '', width: 0, height: 0, alt: '', caption: '', credit: '' };
    this.ctx.images.push({ target: attrs, attachmentId: attachmentIdOf(img, blockAttrs), src: img.attribs?.src ?? '', alt: img.attribs?.alt ?? '', caption });
    return { type: 'figure', attrs };
  }

  private gallery(images: HNode[], node: HNode | null): RichTextNode | null {
    const list: Record<string, unknown>[] = [];
    for (const img of images) {
      // In a block gallery each photo sits in its own figure with its own caption.
      const own = node ? findAll(node.children ?? [], (n) => n.name === 'figure' && findAll(n.children ?? [], (m) => m === img).length > 0)[0] : undefined;
      const figcaption = own ? findAll(own.children ?? [], (n) => n.name === 'figcaption')[0] : undefined;
      const attrs: Record<string, unknown> = { mediaId: null, key: '', width: 0, height: 0, alt: '', caption: '', credit: '' };
      this.ctx.images.push({ target: attrs, attachmentId: attachmentIdOf(img), src: img.attribs?.src ?? '', alt: img.attribs?.alt ?? '', caption: figcaption ? collapse(textOf(figcaption)).trim() : '' });
      list.push(attrs);
    }
    return list.length ? { type: 'gallery', attrs: { images: list } } : null;
  }

  private embedOrLink(url: string, title: string): RichTextNode | null {
    if (!url) return null;
    if (parseEmbedUrl(url)) return embedNode(url, title);
    this.warn('embedUnsupported', url.slice(0, 200));
    const href = safeHref(url);
    const words = title || url;
    return { type: 'paragraph', content: [{ type: 'text', text: words, ...(href ? { marks: [{ type: 'link', attrs: { href } }] } : {}) }] };
  }

  private media(node: HNode) {
    const src = node.attribs?.src ?? findAll(node.children ?? [], (n) => n.name === 'source')[0]?.attribs?.src ?? node.attribs?.data ?? '';
    if (node.name === 'iframe' && src && parseEmbedUrl(src.startsWith('//') ? `https:${src}` : src)) {
      return this.push(embedNode(src.startsWith('//') ? `https:${src}` : src, node.attribs?.title ?? ''));
    }
    this.warn('unknownTag', node.name ?? '');
    if (src) this.push(this.embedOrLink(src.startsWith('//') ? `https:${src}` : src, node.attribs?.title ?? ''));
  }

  private shortcode(code: Shortcode | undefined) {
    if (!code) return;
    if (code.name === 'caption' || code.name === 'wp_caption') return this.caption(code);
    if (code.name === 'gallery') {
      const ids = (code.attrs.named.ids ?? code.attrs.named.include ?? '').split(',').map((id) => id.trim()).filter((id) => /^\d+$/.test(id));
      const list: Record<string, unknown>[] = [];
      for (const id of ids) {
        const attrs: Record<string, unknown> = { mediaId: null, key: '', width: 0, height: 0, alt: '', caption: '', credit: '' };
        this.ctx.images.push({ target: attrs, attachmentId: id, src: '', alt: '', caption: '' });
        list.push(attrs);
      }
      if (!list.length) this.warn('unknownShortcode', 'gallery');
      return this.push(list.length ? { type: 'gallery', attrs: { images: list } } : null);
    }
    if (code.name === 'embed' || code.name === 'video' || code.name === 'youtube') {
      const url = (code.inner ?? code.attrs.named.src ?? code.attrs.named.url ?? code.attrs.positional[0] ?? '').trim();
      return this.push(this.embedOrLink(url, ''));
    }
    // A plugin's shortcode: its words (if it encloses any) stay, the shortcode is reported.
    this.warn('unknownShortcode', code.name);
    if (code.inner) this.blocksInside({ type: 'root', children: parseHtml(code.inner) });
  }

  /** [caption id="attachment_12" …]<img …> The caption[/caption]: the caption is the words beside the photo. */
  private caption(code: Shortcode) {
    const inner = parseHtml(code.inner ?? '');
    const img = findAll(inner, (n) => n.name === 'img')[0];
    const words = collapse(inner.map(textOf).join('')).trim() || (code.attrs.named.caption ?? '').trim();
    if (!img) {
      if (words) this.push({ type: 'paragraph', content: [{ type: 'text', text: words }] });
      return;
    }
    const id = /^attachment_(\d+)$/.exec(code.attrs.named.id ?? '')?.[1];
    this.push(this.image(img, words, id ? { id } : undefined));
  }
}
