import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditFilter } from '@/components/admin/staff/AuditFilter';
import { AuditTable } from '@/components/admin/staff/AuditTable';
import styles from '@/components/admin/staff/staff.module.css';
import { requirePageUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n/messages';
import { parseAuditQuery, readAuditPage } from '@/lib/staff/audit-view';

export const metadata: Metadata = { title: messages.staff.audit.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requirePageUser('audit.read', '/admin/audit');
  const query = parseAuditQuery(await searchParams);
  const { rows, nextCursor } = await readAuditPage(query);
  const t = messages.staff.audit;
  const kindParam = query.kind ? `loai=${query.kind}` : '';
  return (
    <div className={styles.page}>
      <h1>{t.title}</h1>
      <p className={styles.intro}>{t.intro}</p>
      <div className={styles.toolbar}>
        <AuditFilter kind={query.kind} />
      </div>
      <AuditTable rows={rows} />
      <nav className={styles.pager} aria-label={t.pages}>
        {query.before ? (
          <Link href={`/admin/audit${kindParam ? `?${kindParam}` : ''}`} className="button">
            {t.firstPage}
          </Link>
        ) : (
          <span />
        )}
        {nextCursor ? (
          <Link href={`/admin/audit?${kindParam ? `${kindParam}&` : ''}truoc=${nextCursor}`} className="button" rel="next">
            {t.nextPage}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
