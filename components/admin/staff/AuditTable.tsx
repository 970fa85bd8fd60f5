import Link from 'next/link';
import { messages } from '@/lib/i18n/messages';
import type { AuditRow } from '@/lib/staff/audit-view';
import styles from './staff.module.css';

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const t = messages.staff.audit;
  if (!rows.length) return <p className="panel">{t.empty}</p>;
  return (
    <div className="table-wrap">
      <table className={`data-table ${styles.cards}`}>
        <thead>
          <tr>
            <th scope="col">{t.when}</th>
            <th scope="col">{t.who}</th>
            <th scope="col">{t.what}</th>
            <th scope="col">{t.target}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className={`${styles.when} ${styles.muted}`}>
                <time dateTime={row.iso}>{row.when}</time>
              </td>
              <td data-label={t.who}>{row.who}</td>
              <td data-label={t.what}>
                {row.what}
                {row.detail ? <div className={styles.muted}>{row.detail}</div> : null}
              </td>
              <td data-label={t.target}>{row.targetHref ? <Link href={row.targetHref}>{row.target}</Link> : row.target}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
