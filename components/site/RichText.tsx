import type { ReactNode } from 'react';
import { defaultEmbedTitle, embedProviderName } from '@/lib/articles/embed-labels';
import { sanitizeDoc, type SafeBlock, type SafeEmbed, type SafeInline } from '@/lib/articles/rich-text';
import { messages } from '@/lib/i18n/messages';
import { ArticleTable } from './ArticleTable';
import { EmbedPlayer } from './EmbedPlayer';
import { FigureBlock } from './FigureBlock';
import { GalleryBlock } from './GalleryBlock';
import { NewsImage } from './NewsImage';

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

/** A video or post: its poster and play button, and a plain link to the original for readers without JavaScript. */
function renderEmbed(block: SafeEmbed, key: number): ReactNode {
  const t = messages.embeds;
  const provider = embedProviderName(block);
  const title = block.title.trim() || defaultEmbedTitle(block);
  const shape = block.provider === 'tiktok' ? 'tall' : block.kind === 'post' ? 'post' : 'wide';
  return (
    <figure key={key} className={`embed embed--${block.provider}`}>
      <EmbedPlayer player={block.player} title={title} action={block.kind === 'post' ? t.openPost : t.play} shape={shape}>
        {block.thumb ? (
          <NewsImage image={{ ...block.thumb, alt: '' }} sizes="(min-width: 760px) 720px, 100vw" className="embed__thumb" />
        ) : (
          <span className="embed__poster" aria-hidden="true">
            {provider}
          </span>
        )}
        <span className="embed__title">{title}</span>
      </EmbedPlayer>
      <figcaption className="embed__caption">
        <a href={block.url} rel="noopener nofollow" target="_blank">
          {t.watchOn(provider)}
        </a>
      </figcaption>
    </figure>
  );
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
      case 'embed':
        return renderEmbed(block, i);
      case 'table':
        return <ArticleTable key={i} rows={block.rows} renderContent={renderBlocks} />;
    }
  });
}

/** A story body, rendered on the server from its sanitised rich-text document. */
export function RichText({ doc }: { doc: unknown }) {
  return <div className="article__body">{renderBlocks(sanitizeDoc(doc))}</div>;
}
