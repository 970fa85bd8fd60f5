import type { RichTextNode } from '@/db/schema/articles';

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

export type SafeBlock =
  | { type: 'paragraph'; content: SafeInline[] }
  | { type: 'heading'; level: 2 | 3 | 4; content: SafeInline[] }
  | { type: 'blockquote'; content: SafeBlock[] }
  | { type: 'bulletList'; items: SafeBlock[][] }
  | { type: 'orderedList'; start: number; items: SafeBlock[][] }
  | { type: 'horizontalRule' }
  | SafeFigure;

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
