import type { Metadata } from 'next';
import { SettingsForm } from '@/components/admin/staff/SettingsForm';
import { TwoStepRolesForm } from '@/components/admin/staff/TwoStepRolesForm';
import styles from '@/components/admin/staff/staff.module.css';
import { requirePageUser } from '@/lib/auth/session';
import { requiredTwoStepRoles } from '@/lib/auth/two-step';
import { messages } from '@/lib/i18n/messages';
import { getSiteSettings } from '@/lib/site/settings';

export const metadata: Metadata = { title: messages.staff.settings.title };

export default async function SettingsPage() {
  await requirePageUser('settings.manage', '/admin/settings');
  const t = messages.staff.settings;
  const settings = await getSiteSettings();
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <h1>{t.title}</h1>
      <p className={styles.intro}>{t.intro}</p>
      <SettingsForm settings={settings} />
      <TwoStepRolesForm required={await requiredTwoStepRoles()} />
    </div>
  );
}
