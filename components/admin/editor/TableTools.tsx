'use client';

import { useEditorState, type Editor } from '@tiptap/react';
import { messages } from '@/lib/i18n/messages';
import { ToolbarButton } from './ToolbarButton';
import styles from './editor.module.css';

const t = messages.embeds.table;

/** Whether the cursor is in a table, and whether that table's first row is a header row. */
function tableState(editor: Editor): { inTable: boolean; headerRow: boolean } {
  const { $from } = editor.state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type.name === 'table') {
      const firstRow = node.firstChild;
      let headerRow = Boolean(firstRow?.childCount);
      firstRow?.forEach((cell) => {
        if (cell.type.name !== 'tableHeader') headerRow = false;
      });
      return { inTable: true, headerRow };
    }
  }
  return { inTable: false, headerRow: false };
}

/**
 * "Chèn bảng" (3 × 3 with a header row), and while the cursor is in a table the tools that
 * change it: rows and columns after the cursor, deleting them, the header row, the whole table.
 */
export function TableTools({ editor }: { editor: Editor }) {
  const state = useEditorState({ editor, selector: ({ editor: e }) => tableState(e) });
  const run = (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) => () => void command(editor.chain().focus()).run();
  return (
    <>
      <ToolbarButton label={t.insert} disabled={state.inTable} onClick={run((c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }))} />
      {state.inTable ? (
        <span role="group" aria-label={t.tools} className={styles.toolGroup}>
          <ToolbarButton label={t.addRow} onClick={run((c) => c.addRowAfter())} />
          <ToolbarButton label={t.addColumn} onClick={run((c) => c.addColumnAfter())} />
          <ToolbarButton label={t.deleteRow} onClick={run((c) => c.deleteRow())} />
          <ToolbarButton label={t.deleteColumn} onClick={run((c) => c.deleteColumn())} />
          <ToolbarButton label={t.headerRow} active={state.headerRow} onClick={run((c) => c.toggleHeaderRow())} />
          <ToolbarButton label={t.deleteTable} onClick={run((c) => c.deleteTable())} />
        </span>
      ) : null}
    </>
  );
}
