'use client';

import type { Role } from '@/db/schema/users';
import { changeStaffRoleAction } from '@/lib/actions/staff';
import { messages } from '@/lib/i18n/messages';
import { FieldError, FormFeedback } from '../forms/FormFeedback';
import { RoleSelect } from './RoleSelect';
import { text, useActionForm } from '../forms/useActionForm';
import styles from './staff.module.css';

export function RoleForm({ id, role }: { id: number; role: Role }) {
  const t = messages.staff;
  const form = useActionForm(changeStaffRoleAction, (data) => ({ id, role: text(data, 'role') as Role }));
  const headingId = `${form.field('role').id}-heading`;
  return (
    <form onSubmit={form.onSubmit} className="admin-form" noValidate>
      <h2 id={headingId} className={styles.heading}>
        {t.staff.roleHeading}
      </h2>
      <FormFeedback result={form.result} />
      <RoleSelect defaultValue={role} {...form.field('role')} aria-labelledby={headingId} />
      <FieldError id={form.errorId('role')} errors={form.errors('role')} />
      <div className={`button-row ${styles.actions}`}>
        <button type="submit" className="button button--primary" disabled={form.pending}>
          {form.pending ? t.staff.working : t.staff.changeRole}
        </button>
      </div>
    </form>
  );
}
