import { Extension, Node, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { defaultEmbedTitle } from '@/lib/articles/embed-labels';
import { parseEmbedUrl } from '@/lib/articles/embeds';
import { EmbedNodeView } from './EmbedNodeView';

/** Asks the server for an embed's still (lib/actions/embeds.ts); null when there is none. */
export type EmbedThumbRequest = (url: string) => Promise<{ thumbKey: string; thumbWidth: number; thumbHeight: number } | null>;

type EmbedOptions = { requestThumbnail: EmbedThumbRequest | null };

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    embed: {
      /** Inserts the video or post at this address; false (and nothing changes) when it is not one this site plays. */
      insertEmbed: (address: string) => ReturnType;
    };
  }
}

/** Once the still is stored, every embed of that address still without one gets it (not an undo step). */
function fillThumbnail(editor: Editor, request: EmbedThumbRequest | null, url: string) {
  if (!request) return;
  request(url).then(
    (thumb) => {
      if (!thumb || editor.isDestroyed) return;
      const { tr } = editor.state;
      editor.state.doc.descendants((node, pos) => {
        if (node.type.name === 'embed' && node.attrs.url === url && !node.attrs.thumbKey) tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...thumb });
      });
      if (tr.docChanged) editor.view.dispatch(tr.setMeta('addToHistory', false));
    },
    // No still (offline, refused, signed out): the embed keeps its poster; saving reports real trouble.
    () => {},
  );
}

/** An attribute kept in a data- attribute of the copied HTML, so that copy and paste keeps it. */
function dataAttribute(name: string, html: string, fallback: string | number) {
  return {
    default: fallback,
    parseHTML: (element: HTMLElement) => {
      const value = element.getAttribute(html) ?? '';
      return typeof fallback === 'number' ? Number(value) || 0 : value;
    },
    renderHTML: (attributes: Record<string, unknown>) => ({ [html]: attributes[name] }),
  };
}

/**
 * An address pasted alone on an empty top-level line becomes an embed instead of a link. A
 * separate extension so that its paste handler runs before the link extension's, without
 * moving the embed node ahead of the paragraph in the schema (the first block is the default one).
 */
const EmbedPaste = Extension.create<EmbedOptions>({
  name: 'embedPaste',
  priority: 1001,
  addOptions() {
    return { requestThumbnail: null };
  },
  addProseMirrorPlugins() {
    const { editor, options } = this;
    return [
      new Plugin({
        key: new PluginKey('embedPaste'),
        props: {
          handlePaste: (view, event) => {
            const text = event.clipboardData?.getData('text/plain').trim() ?? '';
            if (!view.editable || !text || /\s/.test(text)) return false;
            const target = parseEmbedUrl(text);
            const { selection, schema } = view.state;
            const { $from } = selection;
            if (!target || !selection.empty || $from.depth !== 1 || $from.parent.type.name !== 'paragraph' || $from.parent.content.size > 0) return false;
            const embed = schema.nodes.embed!.create({ url: target.url, title: defaultEmbedTitle(target) });
            const start = $from.before();
            const tr = view.state.tr.replaceWith(start, $from.after(), embed);
            const after = start + embed.nodeSize;
            if (!tr.doc.nodeAt(after)) tr.insert(after, schema.nodes.paragraph!.create());
            tr.setSelection(TextSelection.near(tr.doc.resolve(after + 1)));
            view.dispatch(tr.scrollIntoView());
            fillThumbnail(editor, options.requestThumbnail, target.url);
            return true;
          },
        },
      }),
    ];
  },
});

/**
 * A YouTube, Facebook or TikTok video or post in a story body. The node keeps the address and
 * the title readers see (with the still's media key once fetched); the player is worked out from
 * the address again on every render (lib/articles/embeds.ts), never stored.
 */
export const Embed = Node.create<EmbedOptions>({
  name: 'embed',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addOptions() {
    return { requestThumbnail: null };
  },
  addExtensions() {
    return [EmbedPaste.configure({ requestThumbnail: this.options.requestThumbnail })];
  },
  addAttributes() {
    return {
      url: dataAttribute('url', 'data-embed-url', ''),
      title: dataAttribute('title', 'data-title', ''),
      thumbKey: dataAttribute('thumbKey', 'data-thumb-key', ''),
      thumbWidth: dataAttribute('thumbWidth', 'data-thumb-width', 0),
      thumbHeight: dataAttribute('thumbHeight', 'data-thumb-height', 0),
    };
  },
  parseHTML() {
    // Copied and pasted between stories: kept only if the address is still one this site plays.
    return [{ tag: 'div[data-embed-url]', getAttrs: (element) => (parseEmbedUrl(element.getAttribute('data-embed-url')) ? null : false) }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', HTMLAttributes, String(HTMLAttributes['data-embed-url'] ?? '')];
  },
  addNodeView() {
    return ReactNodeViewRenderer(EmbedNodeView);
  },
  addCommands() {
    return {
      insertEmbed:
        (address) =>
        ({ commands, dispatch }) => {
          const target = parseEmbedUrl(address);
          if (!target) return false;
          const inserted = commands.insertContent({ type: this.name, attrs: { url: target.url, title: defaultEmbedTitle(target) } });
          if (inserted && dispatch) fillThumbnail(this.editor, this.options.requestThumbnail, target.url);
          return inserted;
        },
    };
  },
});
