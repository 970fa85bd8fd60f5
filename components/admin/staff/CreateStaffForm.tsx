'use client';

import { useRouter } from 'next/navigation';
import type { Role } from '@/db/schema/users';
import { createStaffAction } from '@/lib/actions/staff';
import { messages } from '@/lib/i18n/messages';
import { FieldError, FormFeedback } from '../forms/FormFeedback';
import { RoleSelect } from './RoleSelect';
import { text, useActionForm } from '../forms/useActionForm';
import styles from './staff.module.css';

/** Admins add a staff member; on success, the new account's page opens. */
export function CreateStaffForm() {
  const t = messages.staff;
  const router = useRouter();
  const form = useActionForm(
    createStaffAction,
    (data) => ({ name: text(data, 'name'), email: text(data, 'email'), role: text(data, 'role') as Role, password: text(data, 'password') }),
    { refresh: false, onSuccess: (result) => router.push(`/admin/staff/${result.data.id}?moi=1`) },
  );
  return (
    <form onSubmit={form.onSubmit} className="admin-form panel" noValidate>
      <FormFeedback result={form.result} />
      <label htmlFor={form.field('name').id}>{t.fields.name}</label>
      <input type="text" autoComplete="off" required maxLength={80} {...form.field('name')} />
      <FieldError id={form.errorId('name')} errors={form.errors('name')} />

      <label htmlFor={form.field('email').id}>{t.fields.email}</label>
      <input type="email" autoComplete="off" required {...form.field('email')} />
      <FieldError id={form.errorId('email')} errors={form.errors('email')} />

      <label htmlFor={form.field('role').id}>{t.fields.role}</label>
      <RoleSelect defaultValue="writer" {...form.field('role')} />
      <FieldError id={form.errorId('role')} errors={form.errors('role')} />

      <label htmlFor={form.field('password').id}>{t.fields.initialPassword}</label>
      <input type="password" autoComplete="new-password" required minLength={10} {...form.field('password')} />
      <p className="field-hint">{t.fields.passwordHint}</p>
      <FieldError id={form.errorId('password')} errors={form.errors('password')} />

      <div className={`button-row ${styles.actions}`}>
        <button type="submit" className="button button--primary" disabled={form.pending}>
          {form.pending ? t.staff.creating : t.staff.create}
        </button>
      </div>
    </form>
  );
}
