'use client';

import { useActionState } from 'react';
import { createFirstAdminAction, type SetupFormState } from '@/lib/actions/setup';
import { messages } from '@/lib/i18n/messages';
import { FieldError, invalidProps, Notice } from './forms/FormFeedback';

const t = messages.setup;

export function FirstAdminForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<SetupFormState, FormData>(createFirstAdminAction, {});
  const errors = (field: string) => state.fieldErrors?.[field];
  /** The input's ARIA wiring and the problems shown under it. */
  const wired = (field: string) => invalidProps(errors(field), `setup-${field}-error`);
  const problems = (field: string) => <FieldError id={`setup-${field}-error`} errors={errors(field)} />;
  return (
    <form action={action} className="admin-form signin-form">
      {state.message ? <Notice kind="error" text={state.message} /> : null}
      <input type="hidden" name="token" value={token} />
      <label htmlFor="setup-name">{t.name}</label>
      <input id="setup-name" name="name" autoComplete="name" required {...wired('name')} />
      {problems('name')}
      <label htmlFor="setup-email">{t.email}</label>
      <input id="setup-email" name="email" type="email" autoComplete="username" required {...wired('email')} />
      {problems('email')}
      <label htmlFor="setup-password">{t.password}</label>
      <input id="setup-password" name="password" type="password" autoComplete="new-password" minLength={10} required {...wired('password')} />
      {problems('password')}
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
