import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Notice } from '@/components/admin/forms/FormFeedback';
import { SignInForm } from '@/components/admin/SignInForm';
import { getCurrentUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n/messages';

export const metadata: Metadata = { title: messages.auth.signInTitle, robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string; 'mat-khau-moi'?: string }> };

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
      {query.error ? <Notice kind="error" text={messages.httpErrors.signInError} /> : null}
      {query['mat-khau-moi'] ? <Notice kind="ok" text={messages.passwordReset.done} /> : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="signin-page__aside">
        <Link href="/admin/quen-mat-khau">{messages.passwordReset.forgotLink}</Link>
      </p>
    </main>
  );
}
