'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { messages } from '@/lib/i18n/messages';
import { Notice } from './forms/FormFeedback';
import { useHydrated } from './forms/useHydrated';

const THROTTLED = 'THROTTLED';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = messages.auth;
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Until React has attached the handler, a click would submit the form natively.
  const hydrated = useHydrated();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      redirect: false,
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    });
    setPending(false);
    if (!result || result.error) {
      setError(result?.error === THROTTLED ? t.throttled : t.invalid);
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} method="post" className="admin-form signin-form" noValidate>
      {error ? <Notice kind="error" text={error} /> : null}
      <label htmlFor="signin-email">{t.email}</label>
      <input id="signin-email" name="email" type="email" autoComplete="username" required />
      <label htmlFor="signin-password">{t.password}</label>
      <input id="signin-password" name="password" type="password" autoComplete="current-password" required />
      <button type="submit" className="button button--primary" disabled={pending || !hydrated}>
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
