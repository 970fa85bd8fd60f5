import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';

/*
 * Email goes out through the SMTP server in SMTP_URL (smtp://user:pass@host:587, or smtps://
 * for implicit TLS) from MAIL_FROM. Without both, the newsroom sends no email: password reset
 * links are then made by an admin, and notifications stay in the dashboard.
 */

type State = { transport?: Transporter; url?: string };
const state: State = ((globalThis as { __newsroomMail?: State }).__newsroomMail ??= {});

export type MailConfig = { url: string; from: string };

/** The mail server and sender, or null when the newsroom sends no email. */
export function mailConfig(): MailConfig | null {
  const url = process.env.SMTP_URL;
  const from = process.env.MAIL_FROM;
  return url && from ? { url, from } : null;
}

export function mailConfigured(): boolean {
  return mailConfig() !== null;
}

function transport(url: string): Transporter {
  if (!state.transport || state.url !== url) {
    // A mail server that hangs must not hold the scheduler tick for long.
    state.transport = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    state.url = url;
  }
  return state.transport;
}

/** Sends one plain-text message; throws what the server answered when it refuses. */
export async function sendMail(config: MailConfig, message: { to: string; subject: string; text: string }): Promise<void> {
  await transport(config.url).sendMail({ from: config.from, to: message.to, subject: message.subject, text: message.text });
}
