import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignOutButton } from '@/components/admin/SignOutButton';
import { TwoStepPanel } from '@/components/admin/staff/TwoStepPanel';
import { SIGN_IN_PATH } from '@/lib/auth/options';
import { getCurrentUser, getUserForTwoStepSetup } from '@/lib/auth/session';
import { twoStepStatus } from '@/lib/auth/two-step';
import { messages } from '@/lib/i18n/messages';

export const metadata: Metadata = { title: messages.twoStep.setupTitle, robots: { index: false } };

/** Where someone whose role requires two-step sign-in lands until they have turned it on. */
export default async function TwoStepSetupPage() {
  const user = await getUserForTwoStepSetup();
  if (!user) redirect(SIGN_IN_PATH);
  if (await getCurrentUser()) redirect('/admin'); // nothing to set up
  return (
    <main id="main" className="signin-page">
      <h1>{messages.twoStep.setupTitle}</h1>
      <TwoStepPanel status={await twoStepStatus(user)} doneHref="/admin" />
      <p className="signin-page__aside">
        <SignOutButton />
      </p>
    </main>
  );
}
