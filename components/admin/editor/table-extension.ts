import { TableCell, TableHeader, TableKit } from '@tiptap/extension-table';

/*
 * Tables in a story body: Tiptap's table, rows, header and body cells, as lib/articles/rich-text.ts
 * reads them. A cell holds words (paragraphs and lists): readers never see a photo, video or table
 * inside a cell, so the editor does not offer one. Columns are not resized by hand: on a phone
 * the reader's table scrolls sideways instead.
 */
const CELL_CONTENT = '(paragraph | bulletList | orderedList)+';

export const tableExtensions = [
  TableKit.configure({ table: { resizable: false, allowTableNodeSelection: false }, tableCell: false, tableHeader: false }),
  TableCell.extend({ content: CELL_CONTENT }),
  TableHeader.extend({ content: CELL_CONTENT }),
];
