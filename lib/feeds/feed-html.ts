import 'server-only';
import { defaultEmbedTitle, embedProviderName } from '../articles/embed-labels';
import { sanitizeDoc, type SafeBlock, type SafeEmbed, type SafeGalleryImage, type SafeInline, type SafeTableCell } from '../articles/rich-text';
import { messages } from '../i18n/messages';
import { absoluteUrl, mediaPath } from '../site/routes';

/*
 * A story body as HTML for feed readers (RSS content:encoded): the same sanitised node union as
 * the page (lib/articles/rich-text.ts), every text escaped, every address absolute. No classes,
 * no scripts, no responsive images: feed readers restyle everything.
 */

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function href(value: string): string {
  return value.startsWith('/') ? absoluteUrl(value) : value;
}

function inline(nodes: SafeInline[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'hardBreak') return '<br>';
      let out = escape(node.text);
      for (const mark of node.marks) {
        if (mark.type === 'bold') out = `<strong>${out}</strong>`;
        else if (mark.type === 'italic') out = `<em>${out}</em>`;
        else if (mark.type === 'underline') out = `<u>${out}</u>`;
        else if (mark.type === 'strike') out = `<s>${out}</s>`;
        else if (mark.type === 'link') out = `<a href="${escape(href(mark.href))}">${out}</a>`;
      }
      return out;
    })
    .join('');
}

/** A feed reader plays nothing: the still (when stored) and the title, both linking to the original. */
function embed(block: SafeEmbed): string {
  const link = `href="${escape(block.url)}"`;
  const title = escape(block.title.trim() || defaultEmbedTitle(block));
  const img = block.thumb ? `<a ${link}><img src="${escape(absoluteUrl(mediaPath(block.thumb.key)))}" alt="" width="${block.thumb.width}" height="${block.thumb.height}"></a>` : '';
  return `<figure>${img}<figcaption><a ${link}>${title}</a> (${escape(messages.embeds.watchOn(embedProviderName(block)))})</figcaption></figure>`;
}

function table(rows: SafeTableCell[][]): string {
  const cell = (c: SafeTableCell) => {
    const tag = c.header ? 'th' : 'td';
    return `<${tag}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}>${blocks(c.content)}</${tag}>`;
  };
  return `<table>${rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('')}</table>`;
}

function figure(image: SafeGalleryImage): string {
  const caption = [image.caption, image.credit].filter(Boolean).map(escape).join(' ');
  const img = `<img src="${escape(absoluteUrl(mediaPath(image.key)))}" alt="${escape(image.alt)}" width="${image.width}" height="${image.height}">`;
  return `<figure>${img}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

function blocks(list: SafeBlock[]): string {
  return list
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return `<p>${inline(block.content)}</p>`;
        case 'heading':
          return `<h${block.level}>${inline(block.content)}</h${block.level}>`;
        case 'blockquote':
          return `<blockquote>${blocks(block.content)}</blockquote>`;
        case 'bulletList':
          return `<ul>${block.items.map((item) => `<li>${blocks(item)}</li>`).join('')}</ul>`;
        case 'orderedList':
          return `<ol start="${block.start}">${block.items.map((item) => `<li>${blocks(item)}</li>`).join('')}</ol>`;
        case 'horizontalRule':
          return '<hr>';
        case 'figure':
          return figure(block);
        case 'gallery':
          // Feed readers get the photos one after another, each with its caption.
          return block.images.map(figure).join('');
        case 'embed':
          return embed(block);
        case 'table':
          return table(block.rows);
      }
    })
    .join('');
}

export function bodyToFeedHtml(doc: unknown): string {
  return blocks(sanitizeDoc(doc));
}
