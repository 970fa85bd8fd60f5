import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { EmailNotificationsForm } from '@/components/admin/staff/EmailNotificationsForm';
import { PasswordForm } from '@/components/admin/staff/PasswordForm';
import { TwoStepPanel } from '@/components/admin/staff/TwoStepPanel';
import { ProfileForm } from '@/components/admin/staff/ProfileForm';
import styles from '@/components/admin/staff/staff.module.css';
import { findStaffById } from '@/db/queries/users';
import { requirePageUser } from '@/lib/auth/session';
import { twoStepStatus } from '@/lib/auth/two-step';
import { messages } from '@/lib/i18n/messages';
import { wantsEmail } from '@/lib/notifications/inbox';

export const metadata: Metadata = { title: messages.staff.profile.title };

export default async function ProfilePage() {
  const user = await requirePageUser('profile.edit', '/admin/profile');
  const me = await findStaffById({ id: user.id });
  if (!me) redirect('/admin/dang-nhap');
  const t = messages.staff.profile;
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <h1>{t.title}</h1>
      <p className={styles.intro}>{t.account(me.email, messages.staff.roles[me.role])}</p>
      <ProfileForm name={me.name} bio={me.bio} />
      <PasswordForm />
      <TwoStepPanel status={await twoStepStatus(me)} />
      <EmailNotificationsForm on={await wantsEmail(user)} />
    </div>
  );
}
