'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createFirstAdmin } from '../auth/first-admin';
import { messages } from '../i18n/messages';
import { emailField, nameField, passwordField } from '../staff/schemas';

const setupMessages = messages.setup;

export type SetupFormState = { message?: string; fieldErrors?: Record<string, string[]> };

const firstAdminSchema = z.object({ token: z.string().max(200), email: emailField, name: nameField, password: passwordField });

/** No session exists yet: the token, re-checked under a row lock, is the only credential. */
export async function createFirstAdminAction(_previous: SetupFormState, form: FormData): Promise<SetupFormState> {
  // Callable by anyone over HTTP with any arguments, not only from the setup form.
  if (!(form instanceof FormData)) return { message: setupMessages.invalid };
  const parsed = firstAdminSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join('.')] ??= []).push(issue.message);
    return { message: setupMessages.invalid, fieldErrors };
  }
  const { token, ...account } = parsed.data;
  let created: boolean;
  try {
    created = await createFirstAdmin(token, account);
  } catch (error) {
    console.error('first-admin setup failed', error);
    return { message: setupMessages.failed };
  }
  if (!created) return { message: setupMessages.closed };
  redirect('/admin/dang-nhap');
}
