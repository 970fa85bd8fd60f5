import type { Metadata } from 'next';
import { ForgotPasswordForm } from '@/components/admin/PasswordResetForms';
import { messages } from '@/lib/i18n/messages';

export const metadata: Metadata = { title: messages.passwordReset.forgotTitle, robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <main id="main" className="signin-page">
      <h1>{messages.passwordReset.forgotTitle}</h1>
      <p>{messages.passwordReset.forgotIntro}</p>
      <ForgotPasswordForm />
    </main>
  );
}
