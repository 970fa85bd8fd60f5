'use client';

import { EditorContent, useEditor, useEditorState, type Editor, type JSONContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { storeEmbedThumbnailAction } from '@/lib/actions/embeds';
import { messages } from '@/lib/i18n/messages';
import { EmbedButton } from './EmbedButton';
import { Embed, type EmbedThumbRequest } from './embed-extension';
import { Figure } from './figure-extension';
import { tableExtensions } from './table-extension';
import { TableTools } from './TableTools';
import { ToolbarButton } from './ToolbarButton';
import { Gallery } from './gallery-extension';
import styles from './editor.module.css';

type Doc = { type: 'doc'; content?: unknown[] };

function Toolbar({ editor, onInsertImage, onInsertGallery }: { editor: Editor; onInsertImage?: () => void; onInsertGallery?: () => void }) {
  const t = messages.articles.toolbar;
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      link: e.isActive('link'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
    }),
  });
  const setLink = () => {
    const previous = (editor.getAttributes('link').href as string | undefined) ?? '';
    const href = window.prompt(t.linkPrompt, previous);
    if (href === null) return;
    if (!href.trim()) editor.chain().focus().unsetLink().run();
    else editor.chain().focus().extendMarkRange('link').setLink({ href: href.trim() }).run();
  };
  return (
    <div role="toolbar" aria-label={t.label} className={styles.toolbar}>
      <ToolbarButton label={t.bold} active={state.bold} onClick={() => editor.chain().focus().toggleBold().run()} />
      <ToolbarButton label={t.italic} active={state.italic} onClick={() => editor.chain().focus().toggleItalic().run()} />
      <ToolbarButton label={t.underline} active={state.underline} onClick={() => editor.chain().focus().toggleUnderline().run()} />
      <ToolbarButton label={t.link} active={state.link} onClick={setLink} />
      <ToolbarButton label={t.h2} active={state.h2} onClick={() => editor.chain().focus().toggleHeading({ level: 2 }).run()} />
      <ToolbarButton label={t.h3} active={state.h3} onClick={() => editor.chain().focus().toggleHeading({ level: 3 }).run()} />
      <ToolbarButton label={t.bullet} active={state.bullet} onClick={() => editor.chain().focus().toggleBulletList().run()} />
      <ToolbarButton label={t.ordered} active={state.ordered} onClick={() => editor.chain().focus().toggleOrderedList().run()} />
      <ToolbarButton label={t.quote} active={state.quote} onClick={() => editor.chain().focus().toggleBlockquote().run()} />
      {onInsertImage ? <ToolbarButton label={t.figure} onClick={onInsertImage} /> : null}
      {onInsertGallery ? <ToolbarButton label={messages.gallery.insertGallery} onClick={onInsertGallery} /> : null}
      <EmbedButton editor={editor} />
      <TableTools editor={editor} />
      <ToolbarButton label={t.undo} onClick={() => editor.chain().focus().undo().run()} />
      <ToolbarButton label={t.redo} onClick={() => editor.chain().focus().redo().run()} />
    </div>
  );
}

/** An embed's still, fetched into the media library by the server; null when there is none. */
const requestThumbnail: EmbedThumbRequest = async (url) => {
  const result = await storeEmbedThumbnailAction({ url });
  return result.ok ? result.data : null;
};

/** The story body: Tiptap with the node types the reader site renders, and nothing else. */
export function RichTextEditor({
  initial,
  onChange,
  labelId,
  onReady,
  onInsertImage,
  onInsertGallery,
  editable = true,
}: {
  initial: Doc;
  onChange: (doc: Doc) => void;
  labelId: string;
  onReady?: (editor: Editor) => void;
  onInsertImage?: () => void;
  /** Opens the several-photos picker; the caller inserts the gallery node. */
  onInsertGallery?: () => void;
  editable?: boolean;
}) {
  const editor = useEditor({
    immediatelyRender: false,
    editable,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto', 'tel'], defaultProtocol: 'https' },
      }),
      Figure,
      Embed.configure({ requestThumbnail }),
      ...tableExtensions,
      Gallery,
    ],
    content: initial as JSONContent,
    editorProps: { attributes: { class: styles.prose ?? '', 'aria-labelledby': labelId, role: 'textbox', 'aria-multiline': 'true' } },
    // ProseMirror's attrs objects have a null prototype, which server actions refuse to
    // serialise; a JSON round trip turns the document into plain data.
    onUpdate: ({ editor: e }) => onChange(JSON.parse(JSON.stringify(e.getJSON())) as Doc),
    onCreate: ({ editor: e }) => onReady?.(e),
  });
  if (!editor) return <div className={styles.prose} aria-busy="true" />;
  return (
    <div className={styles.editorFrame}>
      {editable ? <Toolbar editor={editor} onInsertImage={onInsertImage} onInsertGallery={onInsertGallery} /> : null}
      <EditorContent editor={editor} />
    </div>
  );
}
