import type { Metadata } from 'next';
import Link from 'next/link';
import { Notice } from '@/components/admin/forms/FormFeedback';
import { NewPasswordForm } from '@/components/admin/PasswordResetForms';
import { resetLinkUsable } from '@/lib/auth/password-reset';
import { messages } from '@/lib/i18n/messages';

export const metadata: Metadata = { title: messages.passwordReset.resetTitle, robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const t = messages.passwordReset;
  return (
    <main id="main" className="signin-page">
      <h1>{t.resetTitle}</h1>
      {(await resetLinkUsable(token)) ? (
        <NewPasswordForm token={token} />
      ) : (
        <>
          <Notice kind="error" text={t.linkInvalid} />
          <p>
            <Link href="/admin/quen-mat-khau">{t.askAgain}</Link>
          </p>
        </>
      )}
    </main>
  );
}
