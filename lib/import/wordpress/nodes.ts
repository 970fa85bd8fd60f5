import type { RichTextNode } from '@/db/schema/articles';

/* Building and tidying the editor's nodes: text runs with marks, embeds, and photos left unresolved. */

export type Mark = NonNullable<RichTextNode['marks']>[number];

export function embedNode(url: string, title: string): RichTextNode {
  return { type: 'embed', attrs: { url, title: title.slice(0, 300), thumbKey: null, thumbWidth: null, thumbHeight: null } };
}

export const collapse = (text: string) => text.replace(/[\s\u00a0]+/g, (space) => (space.includes('\u00a0') && space.length === 1 ? '\u00a0' : ' '));

export function inlineText(raw: string, marks: Mark[]): RichTextNode[] {
  const text = collapse(raw);
  if (!text) return [];
  return [{ type: 'text', text, ...(marks.length ? { marks } : {}) }];
}

export function withMark(marks: Mark[], mark: Mark): Mark[] {
  return marks.some((m) => m.type === mark.type) ? marks : [...marks, mark];
}

/** A paragraph's inline nodes without leading/trailing spaces or breaks, adjacent texts with the same marks joined. */
export function trimInline(nodes: RichTextNode[]): RichTextNode[] {
  const joined: RichTextNode[] = [];
  for (const node of nodes) {
    const last = joined[joined.length - 1];
    if (node.type === 'text' && last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])) {
      last.text = `${last.text}${node.text}`.replace(/ {2,}/g, ' ');
    } else joined.push({ ...node });
  }
  while (joined.length && (joined[0]!.type === 'hardBreak' || (joined[0]!.type === 'text' && !joined[0]!.text!.trim()))) joined.shift();
  while (joined.length && (joined[joined.length - 1]!.type === 'hardBreak' || (joined[joined.length - 1]!.type === 'text' && !joined[joined.length - 1]!.text!.trim()))) joined.pop();
  if (joined[0]?.type === 'text') joined[0].text = joined[0].text!.trimStart();
  const last = joined[joined.length - 1];
  if (last?.type === 'text') last.text = last.text!.trimEnd();
  return joined.filter((n) => n.type !== 'text' || n.text);
}

/**
 * After the importer resolved the photos: a figure without a file keeps its caption as a
 * paragraph, a gallery keeps the photos it has. Returns how many photos were dropped.
 */
export function dropUnresolvedImages(doc: RichTextNode): number {
  let dropped = 0;
  const walk = (nodes: RichTextNode[] | undefined): RichTextNode[] | undefined => {
    if (!nodes) return nodes;
    const out: RichTextNode[] = [];
    for (const node of nodes) {
      if (node.type === 'figure' && !node.attrs?.key) {
        dropped++;
        const caption = String(node.attrs?.caption ?? '').trim();
        if (caption) out.push({ type: 'paragraph', content: [{ type: 'text', text: caption }] });
        continue;
      }
      if (node.type === 'gallery') {
        const images = (node.attrs?.images as Record<string, unknown>[]).filter((image) => image.key);
        dropped += (node.attrs?.images as unknown[]).length - images.length;
        if (images.length) out.push({ ...node, attrs: { images } });
        continue;
      }
      out.push(node.content ? { ...node, content: walk(node.content) } : node);
    }
    return out;
  };
  doc.content = walk(doc.content);
  if (!doc.content?.length) doc.content = [{ type: 'paragraph' }];
  return dropped;
}
