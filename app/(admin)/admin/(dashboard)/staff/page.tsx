import type { Metadata } from 'next';
import Link from 'next/link';
import { StaffTable } from '@/components/admin/staff/StaffTable';
import styles from '@/components/admin/staff/staff.module.css';
import { listStaff } from '@/db/queries/users';
import { requirePageUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n/messages';

export const metadata: Metadata = { title: messages.staff.staff.title };

export default async function StaffPage() {
  const user = await requirePageUser('staff.manage', '/admin/staff');
  const t = messages.staff.staff;
  const staff = await listStaff();
  return (
    <div className={styles.page}>
      <div className={styles.toolbar}>
        <h1>{t.title}</h1>
        <Link href="/admin/staff/new" className="button button--primary">
          {t.add}
        </Link>
      </div>
      <p className={styles.intro}>{t.intro}</p>
      <StaffTable staff={staff} currentUserId={user.id} />
    </div>
  );
}
