import { commentMessages as t } from '@/lib/i18n/vi/comments';

/** The few strings the comment form needs in the browser (not the whole moderation vocabulary). */
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
  cancelReply: t.cancelReply,
  replyingTo: t.replyingTo,
};
