'use client';

import { useActionState } from 'react';
import { createFirstAdminAction, type SetupFormState } from '@/lib/actions/setup';
import { setupMessages as t } from '@/lib/i18n/vi/setup';

export function FirstAdminForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<SetupFormState, FormData>(createFirstAdminAction, {});
  const errors = (field: string) =>
    state.fieldErrors?.[field]?.map((problem) => (
      <span key={problem} className="field-error">
        {problem}
      </span>
    ));
  return (
    <form action={action} className="admin-form signin-form">
      {state.message ? (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <label htmlFor="setup-name">{t.name}</label>
      <input id="setup-name" name="name" autoComplete="name" required />
      {errors('name')}
      <label htmlFor="setup-email">{t.email}</label>
      <input id="setup-email" name="email" type="email" autoComplete="username" required />
      {errors('email')}
      <label htmlFor="setup-password">{t.password}</label>
      <input id="setup-password" name="password" type="password" autoComplete="new-password" minLength={10} required />
      {errors('password')}
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
