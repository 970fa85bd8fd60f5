import 'server-only';
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp';
import { unstable_cache } from 'next/cache';
import QRCode from 'qrcode';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { readSetting, writeSetting } from '@/db/queries/settings';
import {
  acceptStep,
  countRecoveryCodesLeft,
  deleteTwoStep,
  enableTwoStep,
  findTwoStep,
  markTwoStepAttemptSucceeded,
  reserveTwoStepAttempt,
  saveSetupSecret,
  spendRecoveryCode,
  twoStepEnabled,
} from '@/db/queries/two-step';
import { findStaffById, lockStaff } from '@/db/queries/users';
import { roleEnum, type Role } from '@/db/schema/users';
import { audit } from '../audit/log';
import { settingsChanged } from '../cache/invalidate';
import { cacheTags } from '../cache/tags';
import { messages } from '../i18n/messages';
import { authSecret } from './secret';

/*
 * Two-step sign-in with TOTP (RFC 6238): 30-second steps, 6 digits, one step of drift either
 * way. A code is accepted once (the last accepted step is kept); wrong codes are throttled per
 * person. The secret is stored encrypted with a key derived from NEXTAUTH_SECRET (changing that
 * secret means everyone re-enrols: an admin resets them). Ten recovery codes, hashed, each once.
 *
 * Sign-in: the password step (lib/auth/options.ts) hands a person with two-step on a signed
 * challenge instead of a session; only the second step, with a right code, opens a session. A
 * role can be required to use two-step: until its people turn it on, lib/auth/session.ts lets
 * them reach nothing but the page that turns it on.
 */

export const STEP_SECONDS = 30;
export const DIGITS = 6;
const DRIFT_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;
/** Wrong codes a person may type per window before the second step is refused for the rest of it. */
export const MAX_WRONG_CODES = 5;
export const WRONG_CODE_WINDOW_MS = 15 * 60_000;
export const CHALLENGE_TTL_MS = 5 * 60_000;

export type CodeRefusal = 'invalidCode' | 'throttled';

// --- The secret, encrypted at rest -----------------------------------------------------------

function secretKey(): Buffer {
  return Buffer.from(hkdfSync('sha256', authSecret(), 'newsroom', 'two-step secret v1', 32));
}

function seal(secret: Uint8Array): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secretKey(), iv);
  const body = Buffer.concat([cipher.update(secret), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

function unseal(stored: string): Uint8Array | null {
  const [version, iv, tag, body] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', secretKey(), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return new Uint8Array(Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]));
  } catch {
    return null; // sealed under another NEXTAUTH_SECRET
  }
}

// --- Codes --------------------------------------------------------------------------------------

export const stepAt = (now: Date) => Math.floor(now.getTime() / 1000 / STEP_SECONDS);

/** The time step a typed code belongs to (within the drift), or null. */
export function matchingStep(key: Uint8Array, code: string, now: Date): number | null {
  const current = stepAt(now);
  for (let step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
    const expected = Buffer.from(generateHOTP(key, BigInt(step), DIGITS));
    if (expected.length === code.length && timingSafeEqual(expected, Buffer.from(code))) return step;
  }
  return null;
}

/** Spaces and dashes people type are dropped; a recovery code is compared without case. */
export function normalizeCode(raw: string): { kind: 'totp'; code: string } | { kind: 'recovery'; code: string } | null {
  const code = raw.replace(/[\s-]/g, '').toLowerCase();
  if (/^\d{6}$/.test(code)) return { kind: 'totp', code };
  if (/^[a-z2-7]{10}$/.test(code)) return { kind: 'recovery', code };
  return null;
}

const hashRecoveryCode = (code: string) => createHash('sha256').update(`recovery:${code}`).digest('hex');

function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = encodeBase32UpperCaseNoPadding(randomBytes(7)).slice(0, 10).toLowerCase();
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
}

/**
 * Checks a typed code for a person with two-step on (or, with `setup`, the secret being set up):
 * throttled, then a TOTP code of a step later than the last accepted one, or an unused recovery code.
 */
async function checkCode(userId: number, typed: string, now: Date, { setup = false } = {}): Promise<{ ok: true; step: number | null; recovery: boolean } | { ok: false; reason: CodeRefusal }> {
  const attemptId = await reserveTwoStepAttempt({ userId, since: new Date(now.getTime() - WRONG_CODE_WINDOW_MS), max: MAX_WRONG_CODES });
  if (attemptId === null) return { ok: false, reason: 'throttled' };
  const normalized = normalizeCode(typed);
  const row = await findTwoStep({ userId });
  const key = row ? unseal(row.secret) : null;
  if (!normalized || !row || !key || (setup ? row.enabledAt !== null : row.enabledAt === null)) return wrong(userId);
  const db = await getDb();
  const accepted = await db.transaction(async (tx) => {
    if (normalized.kind === 'recovery') {
      if (setup) return null;
      return (await spendRecoveryCode({ userId, codeHash: hashRecoveryCode(normalized.code) }, tx)) ? { step: null, recovery: true } : null;
    }
    const step = matchingStep(key, normalized.code, now);
    if (step === null || !(await acceptStep({ userId, step }, tx))) return null;
    return { step, recovery: false };
  });
  if (!accepted) return wrong(userId);
  await markTwoStepAttemptSucceeded({ id: attemptId });
  return { ok: true, ...accepted };
}

async function wrong(userId: number): Promise<{ ok: false; reason: CodeRefusal }> {
  await audit({ actorId: userId, action: 'auth.twoStepFailed', targetType: 'user', targetId: userId });
  return { ok: false, reason: 'invalidCode' };
}

// --- Setting it up, turning it off --------------------------------------------------------------

export type TwoStepStatus = { on: boolean; recoveryLeft: number; required: boolean };

export async function twoStepStatus(user: { id: number; role: Role }): Promise<TwoStepStatus> {
  const [on, required] = await Promise.all([twoStepEnabled({ userId: user.id }), roleRequiresTwoStep(user.role)]);
  return { on, recoveryLeft: on ? await countRecoveryCodesLeft({ userId: user.id }) : 0, required };
}

export type SetupStart = { secret: string; qrSvg: string; uri: string };

/** A new secret to confirm with a code: its QR code (drawn here, no outside service) and its text. */
export async function startSetup(user: { id: number; email: string }): Promise<{ ok: true; data: SetupStart } | { ok: false; reason: 'alreadyOn' }> {
  const key = new Uint8Array(randomBytes(20));
  if (!(await saveSetupSecret({ userId: user.id, secret: seal(key) }))) return { ok: false, reason: 'alreadyOn' };
  const uri = createTOTPKeyURI(messages.twoStep.issuer, user.email, key, STEP_SECONDS, DIGITS);
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { ok: true, data: { secret: encodeBase32UpperCaseNoPadding(key).replace(/(.{4})(?!$)/g, '$1 '), qrSvg, uri } };
}

/** The first right code turns two-step on; the ten recovery codes come back, to be shown once. */
export async function confirmSetup(user: { id: number }, code: string, now = new Date()): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false; reason: CodeRefusal | 'noSetup' }> {
  const row = await findTwoStep({ userId: user.id });
  if (!row || row.enabledAt !== null) return { ok: false, reason: 'noSetup' };
  const checked = await checkCode(user.id, code, now, { setup: true });
  if (!checked.ok) return checked;
  const codes = newRecoveryCodes();
  const db = await getDb();
  await db.transaction(async (tx) => {
    await enableTwoStep({ userId: user.id, codeHashes: codes.map((c) => hashRecoveryCode(c.replace('-', ''))) }, tx);
    await audit({ actorId: user.id, action: 'auth.twoStepOn', targetType: 'user', targetId: user.id }, tx);
  });
  return { ok: true, recoveryCodes: codes };
}

/** Off, with a current code (or a recovery code); refused while the person's role requires it. */
export async function disableTwoStep(user: { id: number; role: Role }, code: string, now = new Date()): Promise<{ ok: true } | { ok: false; reason: CodeRefusal | 'required' | 'notOn' }> {
  if (await roleRequiresTwoStep(user.role)) return { ok: false, reason: 'required' };
  if (!(await twoStepEnabled({ userId: user.id }))) return { ok: false, reason: 'notOn' };
  const checked = await checkCode(user.id, code, now);
  if (!checked.ok) return checked;
  const db = await getDb();
  await db.transaction(async (tx) => {
    await deleteTwoStep({ userId: user.id }, tx);
    await audit({ actorId: user.id, action: 'auth.twoStepOff', targetType: 'user', targetId: user.id }, tx);
  });
  return { ok: true };
}

/** An admin clears a colleague's two-step (a lost phone); audited. */
export async function resetTwoStep(actor: { id: number }, { id }: { id: number }): Promise<{ ok: true; name: string } | { ok: false; reason: 'notFound' | 'notOn' }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const target = await lockStaff({ id }, tx);
    if (!target) return { ok: false as const, reason: 'notFound' as const };
    if (!(await deleteTwoStep({ userId: id }, tx))) return { ok: false as const, reason: 'notOn' as const };
    await audit({ actorId: actor.id, action: 'staff.twoStepReset', targetType: 'user', targetId: id }, tx);
    return { ok: true as const, name: target.name };
  });
}

// --- The sign-in's second step ---------------------------------------------------------------------

function sign(payload: string): string {
  return createHmac('sha256', authSecret()).update(`two-step challenge:${payload}`).digest('base64url');
}

/** What the password step hands over instead of a session: who, which session version, until when. */
export function makeChallenge(user: { id: number; sessionVersion: number }, now = new Date()): string {
  const payload = Buffer.from(JSON.stringify({ uid: user.id, sv: user.sessionVersion, exp: now.getTime() + CHALLENGE_TTL_MS })).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

const challengeSchema = z.object({ uid: z.number().int().positive(), sv: z.number().int(), exp: z.number() });

function readChallenge(token: string, now: Date): { uid: number; sv: number } | null {
  const [payload, signature] = token.split('.');
  if (!payload || !signature || payload.length > 500) return null;
  const expected = Buffer.from(sign(payload));
  if (expected.length !== signature.length || !timingSafeEqual(expected, Buffer.from(signature))) return null;
  try {
    const parsed = challengeSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    return parsed.success && parsed.data.exp > now.getTime() ? parsed.data : null;
  } catch {
    return null;
  }
}

export type SecondStepResult =
  | { ok: true; user: { id: number; name: string; email: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: CodeRefusal | 'expired' };

/** The second screen of sign-in: the challenge from the password step and a code. */
export async function passSecondStep({ challenge, code, now = new Date() }: { challenge: string; code: string; now?: Date }): Promise<SecondStepResult> {
  const claim = readChallenge(challenge, now);
  if (!claim) return { ok: false, reason: 'expired' };
  const staff = await findStaffById({ id: claim.uid });
  // A password reset or a deactivation since the password step ends the challenge too.
  if (!staff || !staff.active || staff.sessionVersion !== claim.sv) return { ok: false, reason: 'expired' };
  const checked = await checkCode(staff.id, code, now);
  if (!checked.ok) return checked;
  if (checked.recovery) await audit({ actorId: staff.id, action: 'auth.recoveryCodeUsed', targetType: 'user', targetId: staff.id });
  await audit({ actorId: staff.id, action: 'auth.signIn', targetType: 'user', targetId: staff.id, data: { twoStep: true } });
  return { ok: true, user: { id: staff.id, name: staff.name, email: staff.email, role: staff.role, sessionVersion: staff.sessionVersion } };
}

export { twoStepEnabled };

// --- Roles that must use it ------------------------------------------------------------------------

const TWO_STEP_SETTING = 'two-step';
const requiredSchema = z.object({ roles: z.array(z.enum(roleEnum.enumValues)) });

async function loadRequiredRoles(): Promise<Role[]> {
  const stored = requiredSchema.safeParse(await readSetting({ key: TWO_STEP_SETTING }));
  return stored.success ? stored.data.roles : [];
}

const cachedRequiredRoles = unstable_cache(loadRequiredRoles, ['two-step-roles'], { tags: [cacheTags.settings] });

/** The roles whose people must use two-step (Cài đặt): asked on every request, cached until saved. */
export async function requiredTwoStepRoles(): Promise<Role[]> {
  try {
    return await cachedRequiredRoles();
  } catch (error) {
    // Outside a Next.js server (scripts, tests) there is no cache: read the setting.
    if (error instanceof Error && /incrementalCache missing|Invariant/.test(error.message)) return loadRequiredRoles();
    throw error;
  }
}

export async function roleRequiresTwoStep(role: Role): Promise<boolean> {
  return (await requiredTwoStepRoles()).includes(role);
}

export async function setRequiredTwoStepRoles(actor: { id: number }, roles: Role[]): Promise<void> {
  const unique = roleEnum.enumValues.filter((r) => roles.includes(r));
  const db = await getDb();
  await db.transaction(async (tx) => {
    await writeSetting({ key: TWO_STEP_SETTING, value: { roles: unique }, tx });
    await audit({ actorId: actor.id, action: 'settings.twoStepRoles', targetType: 'setting', targetId: TWO_STEP_SETTING, data: { roles: unique } }, tx);
  });
  settingsChanged();
}
