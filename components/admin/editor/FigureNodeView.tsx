'use client';

import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { mediaPath } from '@/lib/site/routes';
import { PlacementFields, type PlacementText } from './PlacementFields';
import styles from './placement.module.css';

/** The attributes of a figure node (see figure-extension.ts and lib/articles/rich-text.ts). */
export type FigureAttrs = { mediaId: number | null; key: string; width: number; height: number } & PlacementText;

/** A photo in the story body with its caption, credit and alt text for this placement, editable where it stands. */
export function FigureNodeView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const a = node.attrs as FigureAttrs;
  return (
    <NodeViewWrapper as="figure" className={`editor-figure ${styles.figure}`} data-media-key={a.key}>
      {/* The photo is the handle to drag the figure elsewhere in the story. */}
      <div className={styles.figureImage} data-drag-handle="">
        {/* The editor shows the stored original at a small size; readers get the responsive copies. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={mediaPath(a.key)} alt={a.alt} width={a.width || undefined} height={a.height || undefined} draggable={false} />
      </div>
      <PlacementFields text={{ alt: a.alt ?? '', caption: a.caption ?? '', credit: a.credit ?? '' }} mediaId={a.mediaId} editable={editor.isEditable} onChange={(patch) => updateAttributes(patch)} />
    </NodeViewWrapper>
  );
}
