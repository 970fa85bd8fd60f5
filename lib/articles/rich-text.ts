import type { RichTextNode } from '@/db/schema/articles';
import { parseEmbedUrl, type EmbedProvider } from './embeds';

/*
 * Story bodies are Tiptap/ProseMirror JSON. Before a reader sees one it passes through
 * `sanitizeDoc`, which keeps only the node types and marks below, with checked attributes;
 * anything else is dropped (its text kept where it has any). Rendering then never needs
 * raw HTML.
 */

export type SafeMark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'underline' }
  | { type: 'strike' }
  | { type: 'link'; href: string; external: boolean };

export type SafeInline = { type: 'text'; text: string; marks: SafeMark[] } | { type: 'hardBreak' };

export type SafeFigure = {
  type: 'figure';
  key: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
};

/** A photo of a gallery: a figure without its node type. */
export type SafeGalleryImage = Omit<SafeFigure, 'type'>;

/** A video or post from YouTube, Facebook or TikTok; `player` is loaded only when the reader clicks. */
export type SafeEmbed = {
  type: 'embed';
  provider: EmbedProvider;
  kind: 'video' | 'post';
  id: string;
  url: string;
  player: string;
  title: string;
  /** A still stored in the media library, when the editor could fetch one. */
  thumb: { key: string; width: number; height: number } | null;
};

export type SafeTableCell = { header: boolean; colspan: number; rowspan: number; content: SafeBlock[] };

export type SafeBlock =
  | { type: 'paragraph'; content: SafeInline[] }
  | { type: 'heading'; level: 2 | 3 | 4; content: SafeInline[] }
  | { type: 'blockquote'; content: SafeBlock[] }
  | { type: 'bulletList'; items: SafeBlock[][] }
  | { type: 'orderedList'; start: number; items: SafeBlock[][] }
  | { type: 'horizontalRule' }
  | SafeFigure
  | SafeEmbed
  | { type: 'gallery'; images: SafeGalleryImage[] }
  | { type: 'table'; rows: SafeTableCell[][] };

/** Most photos one gallery shows, and most rows and columns of a table: beyond any real story. */
export const GALLERY_MAX_IMAGES = 60;
export const TABLE_MAX_ROWS = 500;
export const TABLE_MAX_COLUMNS = 30;

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The link target if it is safe to put in an href: http(s), mailto, tel, or a site path. */
/**
 * A path on this site: `/…`, never `//host` nor `/\host` (browsers read a backslash as a slash,
 * so both are protocol-relative links to another site). No backslash anywhere, no spaces.
 */
export function isSitePath(href: string): boolean {
  return /^\/(?![/\\])[^\s\\]*$/.test(href);
}

export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const href = raw.trim();
  if (!href || /[\u0000-\u001f\\]/.test(href)) return null;
  if (href.startsWith('/')) return isSitePath(href) ? href : null;
  if (href.startsWith('#')) return href;
  try {
    return SAFE_PROTOCOLS.has(new URL(href).protocol) ? href : null;
  } catch {
    return null;
  }
}

const MEDIA_KEY = /^[a-z0-9][a-z0-9/_.-]{0,200}$/i;

function str(value: unknown, max = 2000): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

function positiveInt(value: unknown): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 0;
}

function sanitizeMarks(marks: RichTextNode['marks']): SafeMark[] {
  const out: SafeMark[] = [];
  for (const mark of marks ?? []) {
    if (mark.type === 'bold' || mark.type === 'italic' || mark.type === 'underline' || mark.type === 'strike') {
      out.push({ type: mark.type });
    } else if (mark.type === 'link') {
      const href = safeHref(mark.attrs?.href);
      if (href) out.push({ type: 'link', href, external: /^https?:/i.test(href) });
    }
  }
  return out;
}

function sanitizeInline(nodes: RichTextNode[] | undefined): SafeInline[] {
  const out: SafeInline[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'text' && typeof node.text === 'string' && node.text) {
      out.push({ type: 'text', text: node.text, marks: sanitizeMarks(node.marks) });
    } else if (node.type === 'hardBreak') {
      out.push({ type: 'hardBreak' });
    } else if (node.content) {
      out.push(...sanitizeInline(node.content));
    }
  }
  return out;
}

function sanitizeListItems(nodes: RichTextNode[] | undefined): SafeBlock[][] {
  return (nodes ?? []).filter((n) => n.type === 'listItem').map((item) => sanitizeBlocks(item.content));
}

function sanitizeFigure(node: RichTextNode): SafeFigure | null {
  const a = node.attrs ?? {};
  const key = str(a.key, 200);
  const width = positiveInt(a.width);
  const height = positiveInt(a.height);
  if (!MEDIA_KEY.test(key) || key.includes('..') || !width || !height) return null;
  return { type: 'figure', key, width, height, alt: str(a.alt, 500), caption: str(a.caption), credit: str(a.credit, 200) };
}

function mediaRef(key: unknown, width: unknown, height: unknown): { key: string; width: number; height: number } | null {
  const k = str(key, 200);
  const w = positiveInt(width);
  const h = positiveInt(height);
  if (!MEDIA_KEY.test(k) || k.includes('..') || !w || !h) return null;
  return { key: k, width: w, height: h };
}

function sanitizeEmbed(node: RichTextNode): SafeEmbed | null {
  const a = node.attrs ?? {};
  const target = parseEmbedUrl(a.url);
  if (!target) return null;
  return { type: 'embed', ...target, title: str(a.title, 300), thumb: mediaRef(a.thumbKey, a.thumbWidth, a.thumbHeight) };
}

function sanitizeGallery(node: RichTextNode): SafeBlock | null {
  const raw = node.attrs?.images;
  if (!Array.isArray(raw)) return null;
  const images: SafeGalleryImage[] = [];
  for (const item of raw.slice(0, GALLERY_MAX_IMAGES)) {
    if (!item || typeof item !== 'object') continue;
    const figure = sanitizeFigure({ type: 'figure', attrs: item as Record<string, unknown> });
    if (figure) images.push({ key: figure.key, width: figure.width, height: figure.height, alt: figure.alt, caption: figure.caption, credit: figure.credit });
  }
  return images.length ? { type: 'gallery', images } : null;
}

function sanitizeTable(node: RichTextNode): SafeBlock | null {
  const rows: SafeTableCell[][] = [];
  for (const row of (node.content ?? []).slice(0, TABLE_MAX_ROWS)) {
    if (row.type !== 'tableRow') continue;
    const cells: SafeTableCell[] = [];
    for (const cell of (row.content ?? []).slice(0, TABLE_MAX_COLUMNS)) {
      if (cell.type !== 'tableCell' && cell.type !== 'tableHeader') continue;
      const span = (value: unknown) => Math.min(positiveInt(value) || 1, TABLE_MAX_COLUMNS);
      // A cell holds words, not photos, videos or tables.
      const content = sanitizeBlocks(cell.content).filter((b) => b.type !== 'figure' && b.type !== 'embed' && b.type !== 'gallery' && b.type !== 'table');
      cells.push({ header: cell.type === 'tableHeader', colspan: span(cell.attrs?.colspan), rowspan: span(cell.attrs?.rowspan), content });
    }
    if (cells.length) rows.push(cells);
  }
  return rows.length ? { type: 'table', rows } : null;
}

function sanitizeBlocks(nodes: RichTextNode[] | undefined): SafeBlock[] {
  const out: SafeBlock[] = [];
  for (const node of nodes ?? []) {
    switch (node.type) {
      case 'paragraph':
        out.push({ type: 'paragraph', content: sanitizeInline(node.content) });
        break;
      case 'heading': {
        const level = Number(node.attrs?.level);
        out.push({ type: 'heading', level: level === 3 ? 3 : level === 4 ? 4 : 2, content: sanitizeInline(node.content) });
        break;
      }
      case 'blockquote':
        out.push({ type: 'blockquote', content: sanitizeBlocks(node.content) });
        break;
      case 'bulletList':
        out.push({ type: 'bulletList', items: sanitizeListItems(node.content) });
        break;
      case 'orderedList':
        out.push({ type: 'orderedList', start: positiveInt(node.attrs?.start) || 1, items: sanitizeListItems(node.content) });
        break;
      case 'horizontalRule':
        out.push({ type: 'horizontalRule' });
        break;
      case 'figure': {
        const figure = sanitizeFigure(node);
        if (figure) out.push(figure);
        break;
      }
      case 'embed': {
        const embed = sanitizeEmbed(node);
        if (embed) out.push(embed);
        break;
      }
      case 'gallery': {
        const gallery = sanitizeGallery(node);
        if (gallery) out.push(gallery);
        break;
      }
      case 'table': {
        const table = sanitizeTable(node);
        if (table) out.push(table);
        break;
      }
      default: {
        // Unknown block: keep its words as a paragraph rather than lose them.
        const inline = sanitizeInline(node.content ?? (node.text ? [node] : []));
        if (inline.length) out.push({ type: 'paragraph', content: inline });
      }
    }
  }
  return out;
}

/** Deepest JSON nesting a body may have (a list in a quote in a list… about 4 levels a node): far beyond any real story. */
export const MAX_NESTING = 120;

/** Whether `doc` nests objects/arrays deeper than `limit`; iterative, so hostile depth cannot overflow the stack. */
export function nestsDeeperThan(doc: unknown, limit = MAX_NESTING): boolean {
  const stack: [unknown, number][] = [[doc, 0]];
  let visited = 0;
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    if (depth > limit) return true;
    if (++visited > 200_000) return true;
    for (const child of Object.values(value as object)) if (child && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

export function sanitizeDoc(doc: unknown): SafeBlock[] {
  if (!doc || typeof doc !== 'object') return [];
  // Validation refuses such bodies (lib/validation/article.ts); never recurse into one.
  if (nestsDeeperThan(doc)) return [];
  const root = doc as RichTextNode;
  return sanitizeBlocks(root.type === 'doc' ? root.content : [root]);
}

/** The words of a document, a block to a line: for search, feeds and descriptions. */
export function docToPlainText(doc: unknown): string {
  const lines: string[] = [];
  const inlineText = (content: SafeInline[]) => content.map((n) => (n.type === 'text' ? n.text : '\n')).join('');
  const walk = (blocks: SafeBlock[]) => {
    for (const block of blocks) {
      if (block.type === 'paragraph' || block.type === 'heading') lines.push(inlineText(block.content));
      else if (block.type === 'blockquote') walk(block.content);
      else if (block.type === 'bulletList' || block.type === 'orderedList') block.items.forEach(walk);
      else if (block.type === 'figure') lines.push(block.caption);
      else if (block.type === 'embed') lines.push(block.title);
      else if (block.type === 'gallery') block.images.forEach((image) => lines.push(image.caption));
      else if (block.type === 'table') block.rows.forEach((row) => row.forEach((cell) => walk(cell.content)));
    }
  };
  walk(sanitizeDoc(doc));
  return lines.filter(Boolean).join('\n');
}

/** A document of plain paragraphs: how imported and demo stories start. */
export function paragraphsToDoc(paragraphs: string[]): RichTextNode {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })),
  };
}
