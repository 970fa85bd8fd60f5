import type { ReactNode } from 'react';
import { sanitizeDoc, type SafeBlock, type SafeInline } from '@/lib/articles/rich-text';
import { FigureBlock } from './FigureBlock';
import { GalleryBlock } from './GalleryBlock';

function renderInline(nodes: SafeInline[]): ReactNode[] {
  return nodes.map((node, i) => {
    if (node.type === 'hardBreak') return <br key={i} />;
    let out: ReactNode = node.text;
    for (const mark of node.marks) {
      if (mark.type === 'bold') out = <strong>{out}</strong>;
      else if (mark.type === 'italic') out = <em>{out}</em>;
      else if (mark.type === 'underline') out = <u>{out}</u>;
      else if (mark.type === 'strike') out = <s>{out}</s>;
      else if (mark.type === 'link')
        out = (
          <a href={mark.href} {...(mark.external ? { rel: 'noopener nofollow', target: '_blank' } : {})}>
            {out}
          </a>
        );
    }
    return <span key={i}>{out}</span>;
  });
}

function renderBlocks(blocks: SafeBlock[]): ReactNode[] {
  return blocks.map((block, i) => {
    switch (block.type) {
      case 'paragraph':
        return <p key={i}>{renderInline(block.content)}</p>;
      case 'heading': {
        const Tag = `h${block.level}` as const;
        return <Tag key={i}>{renderInline(block.content)}</Tag>;
      }
      case 'blockquote':
        return <blockquote key={i}>{renderBlocks(block.content)}</blockquote>;
      case 'bulletList':
        return (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{renderBlocks(item)}</li>
            ))}
          </ul>
        );
      case 'orderedList':
        return (
          <ol key={i} start={block.start}>
            {block.items.map((item, j) => (
              <li key={j}>{renderBlocks(item)}</li>
            ))}
          </ol>
        );
      case 'horizontalRule':
        return <hr key={i} />;
      case 'figure':
        return <FigureBlock key={i} figure={block} />;
      case 'gallery':
        return <GalleryBlock key={i} images={block.images} />;
    }
  });
}

/** A story body, rendered on the server from its sanitised rich-text document. */
export function RichText({ doc }: { doc: unknown }) {
  return <div className="article__body">{renderBlocks(sanitizeDoc(doc))}</div>;
}
