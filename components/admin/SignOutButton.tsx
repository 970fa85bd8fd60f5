'use client';

import { signOut } from 'next-auth/react';
import { messages } from '@/lib/i18n/messages';

export function SignOutButton() {
  return (
    <button type="button" className="button button--quiet" onClick={() => signOut({ callbackUrl: '/admin/dang-nhap' })}>
      {messages.auth.signOut}
    </button>
  );
}
