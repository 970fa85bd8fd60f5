import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { getDb } from '@/db/client';
import { consumePasswordReset, countRecentResets, createPasswordReset, findUsableReset } from '@/db/queries/mail';
import { findStaffById, findStaffForSignIn, lockStaff, updateStaff } from '@/db/queries/users';
import { audit } from '../audit/log';
import { messages } from '../i18n/messages';
import { deliverSoon, queueMail } from '../mail/outbox';
import { mailConfigured } from '../mail/transport';
import { hashIp } from '../security/ip';
import { absoluteUrl } from '../site/routes';
import { hashPassword } from './passwords';

/*
 * "Quên mật khẩu?": a single-use link valid 30 minutes, sent by email (or made by an admin for a
 * colleague when the newsroom has no mail server). Only a hash of the token is stored. Using it
 * sets the new password, ends every session of the account and spends every other open link.
 */

export const RESET_TTL_MS = 30 * 60_000;
const LIMIT_WINDOW_MS = 3_600_000;
/** Links emailed to one account per hour; more requests are answered the same way and send nothing. */
export const MAX_PER_ACCOUNT = 3;
/** Requests from one address per hour, whatever the accounts. */
export const MAX_PER_ADDRESS = 10;
export const RESET_PATH = '/admin/dat-lai-mat-khau';

type Actor = { id: number };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type ResetRequestOutcome = { ok: true } | { ok: false; reason: 'mailOff' | 'throttled' };

/** Same answer whether or not the address belongs to someone: `{ ok: true }`. */
export async function requestPasswordReset({ email, ip, now = new Date() }: { email: string; ip: string; now?: Date }): Promise<ResetRequestOutcome> {
  if (!mailConfigured()) return { ok: false, reason: 'mailOff' };
  const ipHash = hashIp(ip);
  const account = await findStaffForSignIn({ email });
  const recent = await countRecentResets({ userId: account?.id ?? null, ipHash, since: new Date(now.getTime() - LIMIT_WINDOW_MS) });
  if (recent.address >= MAX_PER_ADDRESS) return { ok: false, reason: 'throttled' };
  if (!account || !account.active || recent.account >= MAX_PER_ACCOUNT) return { ok: true };
  const token = randomBytes(32).toString('base64url');
  const link = absoluteUrl(`${RESET_PATH}/${token}`);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await createPasswordReset({ userId: account.id, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + RESET_TTL_MS), createdBy: null, ipHash }, tx);
    await queueMail({ to: account.email, subject: messages.passwordReset.mailSubject, text: messages.passwordReset.mailBody(account.name, link) }, tx);
    await audit({ actorId: null, action: 'auth.resetRequested', targetType: 'user', targetId: account.id }, tx);
  });
  deliverSoon();
  return { ok: true };
}

/** An admin makes a link for a colleague (no email needed) and hands it over; audited. */
export async function makeResetLink({ id }: { id: number }, actor: Actor, now = new Date()): Promise<{ ok: true; link: string; name: string } | { ok: false; reason: 'notFound' }> {
  const target = await findStaffById({ id });
  if (!target || !target.active) return { ok: false, reason: 'notFound' };
  const token = randomBytes(32).toString('base64url');
  const db = await getDb();
  await db.transaction(async (tx) => {
    await createPasswordReset({ userId: target.id, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + RESET_TTL_MS), createdBy: actor.id, ipHash: null }, tx);
    await audit({ actorId: actor.id, action: 'staff.resetLink', targetType: 'user', targetId: target.id }, tx);
  });
  return { ok: true, link: absoluteUrl(`${RESET_PATH}/${token}`), name: target.name };
}

/** Whether the link can still be used (the page shows the form or says it is spent). */
export async function resetLinkUsable(token: string, now = new Date()): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return false;
  return (await findUsableReset({ tokenHash: hashToken(token), now })) !== null;
}

/** Sets the new password through the link; the link, every other open link and every session end. */
export async function resetPasswordWithToken({ token, password, now = new Date() }: { token: string; password: string; now?: Date }): Promise<{ ok: true } | { ok: false; reason: 'linkInvalid' }> {
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const reset = await consumePasswordReset({ tokenHash: hashToken(token), now }, tx);
    const account = reset ? await lockStaff({ id: reset.userId }, tx) : null;
    if (!account || !account.active) return { ok: false as const, reason: 'linkInvalid' as const };
    await updateStaff({ id: account.id, passwordHash, endSessions: true }, tx);
    await audit({ actorId: account.id, action: 'auth.passwordReset', targetType: 'user', targetId: account.id }, tx);
    return { ok: true as const };
  });
}
