'use client';

import { useId } from 'react';
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { embedProviderName } from '@/lib/articles/embed-labels';
import { parseEmbedUrl } from '@/lib/articles/embeds';
import { messages } from '@/lib/i18n/messages';
import { mediaPath } from '@/lib/site/routes';
import styles from './editor.module.css';

const t = messages.embeds;

/** An embed as the editor sees it: where it comes from, its still (or the poster readers get) and the title readers read. */
export function EmbedNodeView({ node, updateAttributes, editor, selected }: ReactNodeViewProps) {
  const titleId = useId();
  const attrs = node.attrs as { url: string; title: string; thumbKey: string; thumbWidth: number; thumbHeight: number };
  const target = parseEmbedUrl(attrs.url);
  const provider = target ? embedProviderName(target) : '?';
  return (
    <NodeViewWrapper className={selected ? `${styles.embed} ${styles.embedSelected}` : styles.embed} data-embed-provider={target?.provider}>
      <div className={styles.embedHead} data-drag-handle>
        <strong>{t.nodeLabel(provider)}</strong>
      </div>
      <div className={styles.embedBody}>
        {attrs.thumbKey ? (
          // eslint-disable-next-line @next/next/no-img-element -- the dashboard shows the stored still as is
          <img className={styles.embedThumb} src={mediaPath(attrs.thumbKey)} alt="" width={attrs.thumbWidth} height={attrs.thumbHeight} />
        ) : (
          <div className={styles.embedPoster} title={t.noThumb}>
            <span aria-hidden="true">▶</span> {provider}
          </div>
        )}
        <div className={styles.embedFields}>
          <label htmlFor={titleId}>{t.nodeTitle}</label>
          <input id={titleId} type="text" value={attrs.title} maxLength={300} readOnly={!editor.isEditable} onChange={(e) => updateAttributes({ title: e.target.value })} />
          <p className={styles.embedAddress}>
            {t.nodeAddress}: <span>{attrs.url}</span>
          </p>
        </div>
      </div>
    </NodeViewWrapper>
  );
}
