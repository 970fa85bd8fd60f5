'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { SIGN_IN_CODES } from '@/lib/auth/sign-in-codes';
import { messages } from '@/lib/i18n/messages';
import { Notice } from './forms/FormFeedback';
import { useHydrated } from './forms/useHydrated';

const { throttled: THROTTLED, twoStepPrefix: TWO_STEP, twoStepExpired: TWO_STEP_EXPIRED } = SIGN_IN_CODES;

/**
 * Email and password; then, for someone with two-step on, a second screen asking for the code
 * (or a recovery code). No session exists until that second step has passed.
 */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = messages.auth;
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  /** The signed proof that the password was right, while the code is asked for. */
  const [challenge, setChallenge] = useState<string | null>(null);
  // Until React has attached the handler, a click would submit the form natively.
  const hydrated = useHydrated();

  async function attempt(provider: 'credentials' | 'two-step', fields: Record<string, string>) {
    setPending(true);
    setError(null);
    const result = await signIn(provider, { redirect: false, ...fields });
    setPending(false);
    const code = result?.error ?? (result ? null : 'unknown');
    if (!code) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    if (code.startsWith(TWO_STEP)) return setChallenge(code.slice(TWO_STEP.length));
    if (code === TWO_STEP_EXPIRED) {
      setChallenge(null);
      return setError(messages.twoStep.signInExpired);
    }
    if (code === THROTTLED) return setError(provider === 'two-step' ? messages.twoStep.throttled : t.throttled);
    setError(provider === 'two-step' ? messages.twoStep.codeInvalid : t.invalid);
  }

  function onPassword(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void attempt('credentials', { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') });
  }

  function onCode(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void attempt('two-step', { challenge: challenge ?? '', code: String(form.get('code') ?? '') });
  }

  if (challenge) {
    const s = messages.twoStep;
    return (
      <form key="code" onSubmit={onCode} method="post" className="admin-form signin-form" noValidate>
        <h2>{s.signInTitle}</h2>
        <p className="field-hint">{s.signInIntro}</p>
        {error ? <Notice kind="error" text={error} /> : null}
        <label htmlFor="signin-code">{s.code}</label>
        <input id="signin-code" name="code" type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={40} required autoFocus />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? s.confirming : s.signInSubmit}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setChallenge(null);
              setError(null);
            }}
          >
            {s.back}
          </button>
        </div>
      </form>
    );
  }

  return (
    <form key="password" onSubmit={onPassword} method="post" className="admin-form signin-form" noValidate>
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
