import type { ReactNode } from 'react';
import type { SafeBlock, SafeTableCell } from '@/lib/articles/rich-text';
import { messages } from '@/lib/i18n/messages';

/** The words of a cell, for the name of the table's scrolling box. */
function cellWords(blocks: SafeBlock[]): string {
  return blocks
    .flatMap((block) => (block.type === 'paragraph' || block.type === 'heading' ? block.content : []))
    .map((node) => (node.type === 'text' ? node.text : ' '))
    .join('')
    .trim();
}

/** The region's name: "Bảng: " and the first row's words, so that two tables on a page are told apart. */
function tableName(rows: SafeTableCell[][]): string {
  const words = (rows[0] ?? []).map((cell) => cellWords(cell.content)).filter(Boolean).join(' · ');
  return messages.embeds.table.region(words.length > 80 ? `${words.slice(0, 79)}…` : words);
}

/**
 * A table of a story. A first row of header cells becomes the table head (column headers); header
 * cells further down head their row. On a narrow screen the table scrolls sideways inside its box
 * (focusable, so the keyboard scrolls it too), never the page.
 */
export function ArticleTable({ rows, renderContent }: { rows: SafeTableCell[][]; renderContent: (blocks: SafeBlock[]) => ReactNode }) {
  const head = rows[0]?.every((cell) => cell.header) ? rows[0] : null;
  const body = head ? rows.slice(1) : rows;
  const cells = (row: SafeTableCell[], inHead: boolean) =>
    row.map((cell, j) => {
      const Tag = cell.header ? 'th' : 'td';
      return (
        <Tag key={j} colSpan={cell.colspan > 1 ? cell.colspan : undefined} rowSpan={cell.rowspan > 1 ? cell.rowspan : undefined} scope={cell.header ? (inHead ? 'col' : 'row') : undefined}>
          {renderContent(cell.content)}
        </Tag>
      );
    });
  return (
    <div className="table-scroll" role="region" aria-label={tableName(rows)} tabIndex={0}>
      <table>
        {head ? (
          <thead>
            <tr>{cells(head, true)}</tr>
          </thead>
        ) : null}
        {body.length ? (
          <tbody>
            {body.map((row, i) => (
              <tr key={i}>{cells(row, false)}</tr>
            ))}
          </tbody>
        ) : null}
      </table>
    </div>
  );
}
