import { messages } from '@/lib/i18n/messages';

const t = messages.comments;

/**
 * The few strings the comment form needs in the browser (not the whole moderation vocabulary):
 * built on the server and handed to the client component as a prop.
 */
export const formLabels = {
  formHeading: t.formHeading,
  name: t.name,
  email: t.email,
  emailHint: t.emailHint,
  body: t.body,
  honeypot: t.honeypot,
  submit: t.submit,
  sending: t.sending,
  failed: t.failed,
  justNow: t.justNow,
  minutesAgo: t.minutesAgo,
  hoursAgo: t.hoursAgo,
  cancelReply: t.cancelReply,
  /** Only plain strings cross to the browser, so the name is a placeholder the form fills in. */
  replyingTo: t.replyingTo('{name}'),
} satisfies Record<string, string>; // a function cannot cross to a client component

export type FormLabels = typeof formLabels;
