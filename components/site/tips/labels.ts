import { messages } from '@/lib/i18n/messages';

/** The strings the tip form needs in the browser, built on the server and passed as a prop. */
export function tipFormLabels() {
  const t = messages.tips;
  return {
    name: t.name,
    contact: t.contact,
    contactHint: t.contactHint,
    message: t.message,
    photo: t.photo,
    photoHint: t.photoHint,
    photoTooLarge: t.photoTooLarge,
    honeypot: t.honeypot,
    submit: t.submit,
    sending: t.sending,
    failed: t.systemError,
    tooLarge: t.tooLarge,
  } satisfies Record<string, string>; // a function cannot cross to a client component
}

export type TipFormLabels = ReturnType<typeof tipFormLabels>;
