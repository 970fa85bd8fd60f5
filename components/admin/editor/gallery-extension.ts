import { mergeAttributes, Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { GALLERY_MAX_IMAGES } from '@/lib/articles/rich-text';
import { GalleryNodeView } from './GalleryNodeView';

/** One photo of a gallery node: a figure's attributes (lib/articles/rich-text.ts reads exactly these). */
export type GalleryImage = { mediaId: number | null; key: string; width: number; height: number; alt: string; caption: string; credit: string };

function parseImages(raw: string | null): GalleryImage[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? (value.slice(0, GALLERY_MAX_IMAGES) as GalleryImage[]) : [];
  } catch {
    return [];
  }
}

/**
 * Several photos from the media library shown together (readers swipe them on a phone and see a
 * grid on a desktop). An atom: its photos, their order and their words live in `images`, which the
 * node view edits with updateAttributes, so autosave and undo see every change.
 */
export const Gallery = Node.create({
  name: 'gallery',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      images: {
        default: [],
        parseHTML: (element) => parseImages(element.getAttribute('data-images')),
        renderHTML: (attributes) => ({ 'data-images': JSON.stringify(attributes.images ?? []) }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'div[data-gallery]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const images = (node.attrs.images ?? []) as GalleryImage[];
    return ['div', mergeAttributes(HTMLAttributes, { 'data-gallery': '' }), ...images.map((image) => ['img', { src: `/media/${image.key}`, alt: image.alt, width: image.width, height: image.height }])];
  },
  addNodeView() {
    return ReactNodeViewRenderer(GalleryNodeView);
  },
});
