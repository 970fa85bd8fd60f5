import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateStaffForm } from '@/components/admin/staff/CreateStaffForm';
import styles from '@/components/admin/staff/staff.module.css';
import { requirePageUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n/messages';

export const metadata: Metadata = { title: messages.staff.staff.newTitle };

export default async function NewStaffPage() {
  await requirePageUser('staff.manage', '/admin/staff/new');
  const t = messages.staff.staff;
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <p>
        <Link href="/admin/staff">{t.backToList}</Link>
      </p>
      <h1>{t.newTitle}</h1>
      <p className={styles.intro}>{t.newIntro}</p>
      <CreateStaffForm />
    </div>
  );
}
