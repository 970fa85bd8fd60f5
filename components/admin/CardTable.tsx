import Link from 'next/link';

type Column = string | { label: React.ReactNode; key: string; className?: string };

/**
 * A dashboard list: a table that turns into cards on a phone (each cell labelled by its
 * `data-label`), or the `empty` sentence when there are no rows.
 */
export function CardTable({ columns, rows, empty, children }: { columns: Column[]; rows: number; empty: string; children: React.ReactNode }) {
  if (rows === 0) return <p className="panel">{empty}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table data-table--cards">
        <thead>
          <tr>
            {columns.map((column) =>
              typeof column === 'string' ? (
                <th key={column} scope="col">
                  {column}
                </th>
              ) : (
                <th key={column.key} scope="col" className={column.className}>
                  {column.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** The link to a list's next page, when there is one. */
export function NextPageLink({ href, label }: { href: string | null; label: string }) {
  if (!href) return null;
  return (
    <p>
      <Link href={href} className="button" rel="next">
        {label}
      </Link>
    </p>
  );
}
