import { mergeAttributes, Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { messages } from '@/lib/i18n/messages';
import { FigureNodeView } from './FigureNodeView';

const t = messages.articles;

/**
 * An image from the media library inside a story body, with caption and credit. Its
 * attributes are what the server-side renderer (lib/articles/rich-text.ts) accepts. They are
 * copied from the library at insertion; the node view edits them for this placement only.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      mediaId: { default: null },
      key: { default: '' },
      width: { default: 0 },
      height: { default: 0 },
      alt: { default: '' },
      caption: { default: '' },
      credit: { default: '' },
    };
  },
  parseHTML() {
    return [{ tag: 'figure[data-media-key]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const { key, alt, caption, credit, width, height } = node.attrs as Record<string, string | number>;
    return [
      'figure',
      mergeAttributes(HTMLAttributes, { 'data-media-key': key, class: 'editor-figure' }),
      ['img', { src: `/media/${key}`, alt, width, height }],
      ['figcaption', {}, `${caption || t.figureNoCaption}${credit ? ` — ${credit}` : ''}${alt ? '' : t.figureNoAlt}`],
    ];
  },
  addNodeView() {
    return ReactNodeViewRenderer(FigureNodeView);
  },
});
