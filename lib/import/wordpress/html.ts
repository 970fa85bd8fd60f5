import { parseDocument } from 'htmlparser2';

/* The pieces of a parsed post the converter reads: text, classes, nested elements, block comments. */

/** A node of htmlparser2's document, as far as the converter reads it. */
export type HNode = { type: string; data?: string; name?: string; attribs?: Record<string, string>; children?: HNode[] };

/** A post's HTML parsed (entities decoded), as the converter's nodes. */
export function parseHtml(html: string): HNode[] {
  return (parseDocument(html, { decodeEntities: true }) as unknown as HNode).children ?? [];
}

/** The words of a bit of HTML (a title, an excerpt, a comment), entities decoded, markup gone. */
export function plainText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  return parseHtml(html).map(textOf).join('');
}

export function textOf(node: HNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.type === 'script' || node.type === 'style' || node.type === 'comment') return '';
  return (node.children ?? []).map(textOf).join('');
}

export const classes = (node: HNode) => new Set((node.attribs?.class ?? '').split(/\s+/).filter(Boolean));

export function findAll(nodes: HNode[], test: (n: HNode) => boolean, found: HNode[] = []): HNode[] {
  for (const node of nodes) {
    if (node.type === 'tag' && test(node)) found.push(node);
    if (node.children) findAll(node.children, test, found);
  }
  return found;
}

export function attachmentIdOf(img: HNode, blockAttrs?: Record<string, unknown>): string | null {
  for (const name of classes(img)) if (name.startsWith('wp-image-') && /^\d+$/.test(name.slice(9))) return name.slice(9);
  const data = img.attribs?.['data-id'];
  if (data && /^\d+$/.test(data)) return data;
  const fromBlock = blockAttrs?.id;
  return typeof fromBlock === 'number' || (typeof fromBlock === 'string' && /^\d+$/.test(fromBlock)) ? String(fromBlock) : null;
}

/** A Gutenberg block comment: `wp:name {json}`, `/wp:name`, or `wp:name {json} /`. */
export function readBlockComment(data: string): { name: string; closing: boolean; selfClosing: boolean; attrs: Record<string, unknown> } | null {
  const text = data.trim();
  const closing = text.startsWith('/wp:');
  if (!closing && !text.startsWith('wp:')) return null;
  const rest = text.slice(closing ? 4 : 3);
  const nameEnd = rest.search(/[\s/]|$/);
  const name = rest.slice(0, nameEnd).replace(/^core\//, '');
  let body = rest.slice(nameEnd).trim();
  const selfClosing = body.endsWith('/');
  if (selfClosing) body = body.slice(0, -1).trim();
  let attrs: Record<string, unknown> = {};
  if (body.startsWith('{')) {
    try {
      attrs = JSON.parse(body) as Record<string, unknown>;
    } catch {
      attrs = {};
    }
  }
  return { name, closing, selfClosing, attrs };
}
