import Link from 'next/link';
import type { StaffMember } from '@/db/queries/users';
import { messages } from '@/lib/i18n/messages';
import styles from './staff.module.css';

/** Every staff account: name (to manage it), email, role, active or not. */
export function StaffTable({ staff, currentUserId }: { staff: StaffMember[]; currentUserId: number }) {
  const t = messages.staff;
  return (
    <div className="table-wrap">
      <table className={`data-table ${styles.cards}`}>
        <thead>
          <tr>
            <th scope="col">{t.fields.name}</th>
            <th scope="col">{t.fields.email}</th>
            <th scope="col">{t.fields.role}</th>
            <th scope="col">{t.fields.status}</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((member) => (
            <tr key={member.id}>
              <td className={styles.lead}>
                <Link href={`/admin/staff/${member.id}`} aria-label={t.staff.manageLabel(member.name)}>
                  {member.name}
                </Link>{' '}
                {member.id === currentUserId ? <span className={styles.muted}>{t.staff.you}</span> : null}
              </td>
              <td data-label={t.fields.email}>{member.email}</td>
              <td data-label={t.fields.role}>{messages.staff.roles[member.role]}</td>
              <td data-label={t.fields.status}>
                <StatusBadge active={member.active} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function StatusBadge({ active }: { active: boolean }) {
  const t = messages.staff.staff;
  return <span className={`badge ${active ? styles.badgeActive : styles.badgeInactive}`}>{active ? t.active : t.inactive}</span>;
}
