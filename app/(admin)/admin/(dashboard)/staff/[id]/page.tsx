import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActiveForm } from '@/components/admin/staff/ActiveForm';
import { ResetLinkForm } from '@/components/admin/staff/ResetLinkForm';
import { ResetPasswordForm } from '@/components/admin/staff/ResetPasswordForm';
import { RoleForm } from '@/components/admin/staff/RoleForm';
import { StatusBadge } from '@/components/admin/staff/StaffTable';
import { TwoStepResetForm } from '@/components/admin/staff/TwoStepResetForm';
import styles from '@/components/admin/staff/staff.module.css';
import { Notice } from '@/components/admin/forms/FormFeedback';
import { findStaffById } from '@/db/queries/users';
import { requirePageUser } from '@/lib/auth/session';
import { twoStepEnabled } from '@/lib/auth/two-step';
import { messages } from '@/lib/i18n/messages';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: messages.staff.staff.title };

export default async function StaffMemberPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const user = await requirePageUser('staff.manage', `/admin/staff/${encodeURIComponent(raw)}`);
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
  const member = id ? await findStaffById({ id }) : null;
  if (!member) notFound();
  const justCreated = (await searchParams).moi !== undefined;
  const t = messages.staff.staff;
  return (
    <div className={styles.page}>
      <p>
        <Link href="/admin/staff">{t.backToList}</Link>
      </p>
      <div className={styles.summary}>
        <h1>{member.name}</h1>
        <span className="badge">{messages.staff.roles[member.role]}</span>
        <StatusBadge active={member.active} />
      </div>
      <p className={styles.muted}>
        {member.email} {member.id === user.id ? t.you : null} · <Link href={`/tac-gia/${member.slug}`}>{t.authorPage}</Link>
      </p>
      {justCreated ? <Notice kind="ok" text={t.created(member.name)} /> : null}
      <div className={styles.grid}>
        <section className="panel" aria-label={t.roleHeading}>
          <RoleForm id={member.id} role={member.role} />
        </section>
        <section className="panel" aria-label={t.statusHeading}>
          <ActiveForm id={member.id} name={member.name} active={member.active} />
        </section>
        <section className="panel" aria-label={t.passwordHeading}>
          <ResetPasswordForm id={member.id} />
          {member.active ? <ResetLinkForm id={member.id} /> : null}
        </section>
        <section className="panel" aria-label={messages.twoStep.heading}>
          <TwoStepResetForm id={member.id} name={member.name} on={await twoStepEnabled({ userId: member.id })} />
        </section>
      </div>
    </div>
  );
}
