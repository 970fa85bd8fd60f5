import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/admin/SignInForm';
import { getCurrentUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n/messages';
import { httpErrorMessages } from '@/lib/i18n/vi/http-errors.mjs';

export const metadata: Metadata = { title: messages.auth.signInTitle, robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

/** Only paths inside the dashboard are followed after sign-in. */
function safeCallback(raw: string | undefined): string {
  return raw && raw.startsWith('/admin') && !raw.startsWith('//') ? raw : '/admin';
}

export default async function SignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const callbackUrl = safeCallback(query.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <main id="main" className="signin-page">
      <h1>{messages.auth.signInTitle}</h1>
      {query.error ? (
        <p role="alert" className="form-error">
          {httpErrorMessages.signInError}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
    </main>
  );
}
