import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog } from '@/db/schema/site';
import { users } from '@/db/schema/users';
import { hashPassword } from '@/lib/auth/passwords';
import { signIn } from '@/lib/auth/sign-in';
import {
  confirmSetup,
  disableTwoStep,
  makeChallenge,
  MAX_WRONG_CODES,
  passSecondStep,
  resetTwoStep,
  roleRequiresTwoStep,
  setRequiredTwoStepRoles,
  startSetup,
  twoStepStatus,
} from '@/lib/auth/two-step';
import { makeStaff, type Person } from '../support/staff';

/* Two-step sign-in against a real database: setup, the second step, replays, drift, recovery codes, throttling. */

const PASSWORD = 'mat-khau-hai-buoc-1';
const STEP = 30_000;
let people: Record<'an' | 'binh' | 'cuong' | 'dung' | 'admin', Person>;

/** The code an authenticator app shows at `at` for the key the setup screen showed as text. */
function codeAt(secretText: string, at: number): string {
  return generateHOTP(decodeBase32IgnorePadding(secretText.replace(/\s/g, '')), BigInt(Math.floor(at / STEP)), 6);
}

/** Turns two-step on for a person at `at`; returns the key's text and the recovery codes. */
async function enable(person: Person, at: number) {
  const started = await startSetup(person);
  if (!started.ok) throw new Error('setup refused');
  const confirmed = await confirmSetup(person, codeAt(started.data.secret, at), new Date(at));
  if (!confirmed.ok) throw new Error(`confirm refused: ${confirmed.reason}`);
  return { secret: started.data.secret, recoveryCodes: confirmed.recoveryCodes };
}

async function sessionVersion(person: Person) {
  const db = await getDb();
  const [row] = await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, person.id));
  return row!.sv;
}

beforeAll(async () => {
  people = await makeStaff('hai-buoc.test', { an: 'writer', binh: 'editor', cuong: 'writer', dung: 'moderator', admin: 'admin' });
  const db = await getDb();
  await db.update(users).set({ passwordHash: await hashPassword(PASSWORD) }).where(eq(users.id, people.an.id));
});
afterAll(async () => {
  await setRequiredTwoStepRoles(people.admin, []);
});

describe('two-step sign-in', () => {
  it('is turned on by a right first code, shows a QR code and the key, and gives ten recovery codes', async () => {
    const started = await startSetup(people.an);
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(started.data.qrSvg).toContain('<svg');
    expect(started.data.uri).toMatch(/^otpauth:\/\/totp\//);
    expect(started.data.secret.replace(/\s/g, '')).toMatch(/^[A-Z2-7]{32}$/);
    const now = Date.now();
    const wrong = String((Number(codeAt(started.data.secret, now)) + 1) % 1_000_000).padStart(6, '0');
    expect(await confirmSetup(people.an, wrong, new Date(now))).toEqual({ ok: false, reason: 'invalidCode' });
    expect((await twoStepStatus(people.an)).on).toBe(false);
    const confirmed = await confirmSetup(people.an, codeAt(started.data.secret, now), new Date(now));
    expect(confirmed.ok).toBe(true);
    if (!confirmed.ok) return;
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    expect(await twoStepStatus(people.an)).toEqual({ on: true, recoveryLeft: 10, required: false });
    // A second setup cannot replace the key that is on.
    expect(await startSetup(people.an)).toEqual({ ok: false, reason: 'alreadyOn' });

    // The password step now hands over a challenge, not a session.
    const password = await signIn({ email: people.an.email, password: PASSWORD, ip: '203.0.113.40' });
    expect(password).toMatchObject({ ok: true, secondStep: true });
  });

  it('opens a session only for a right code, never twice for the same code, within one step of drift', async () => {
    const t0 = Date.now();
    const { secret } = await enable(people.binh, t0);
    const challenge = makeChallenge({ id: people.binh.id, sessionVersion: await sessionVersion(people.binh) }, new Date(t0));
    // The code that confirmed the setup is spent.
    expect(await passSecondStep({ challenge, code: codeAt(secret, t0), now: new Date(t0) })).toEqual({ ok: false, reason: 'invalidCode' });
    // The next step's code signs in, once.
    const t1 = t0 + STEP;
    const passed = await passSecondStep({ challenge, code: codeAt(secret, t1), now: new Date(t1) });
    expect(passed).toMatchObject({ ok: true, user: { id: people.binh.id, role: 'editor' } });
    expect(await passSecondStep({ challenge, code: codeAt(secret, t1), now: new Date(t1) })).toEqual({ ok: false, reason: 'invalidCode' });
    // A code one step old is still accepted (a slow phone clock); three steps old is not.
    const t4 = t0 + 4 * STEP;
    expect(await passSecondStep({ challenge, code: codeAt(secret, t0 + 2 * STEP), now: new Date(t4) })).toEqual({ ok: false, reason: 'invalidCode' });
    expect((await passSecondStep({ challenge, code: codeAt(secret, t0 + 3 * STEP), now: new Date(t4) })).ok).toBe(true);
  });

  it('refuses a forged, expired or outdated challenge', async () => {
    const t0 = Date.now();
    const { secret } = await enable(people.cuong, t0);
    const sv = await sessionVersion(people.cuong);
    const later = t0 + STEP;
    const challenge = makeChallenge({ id: people.cuong.id, sessionVersion: sv }, new Date(t0));
    const [payload, signature] = challenge.split('.');
    const forged = `${Buffer.from(JSON.stringify({ uid: people.binh.id, sv, exp: t0 + 60_000 })).toString('base64url')}.${signature}`;
    expect(await passSecondStep({ challenge: forged, code: codeAt(secret, later), now: new Date(later) })).toEqual({ ok: false, reason: 'expired' });
    expect(await passSecondStep({ challenge: `${payload}.x`, code: codeAt(secret, later), now: new Date(later) })).toEqual({ ok: false, reason: 'expired' });
    const sixMinutes = t0 + 6 * 60_000;
    expect(await passSecondStep({ challenge, code: codeAt(secret, sixMinutes), now: new Date(sixMinutes) })).toEqual({ ok: false, reason: 'expired' });
    // A password reset between the two steps ends the challenge.
    const db = await getDb();
    await db.update(users).set({ sessionVersion: sv + 1 }).where(eq(users.id, people.cuong.id));
    expect(await passSecondStep({ challenge, code: codeAt(secret, later), now: new Date(later) })).toEqual({ ok: false, reason: 'expired' });
  });

  it('takes each recovery code once, and throttles wrong codes', async () => {
    const t0 = Date.now();
    const { recoveryCodes, secret } = await enable(people.dung, t0);
    const sv = await sessionVersion(people.dung);
    const make = () => makeChallenge({ id: people.dung.id, sessionVersion: sv }, new Date(t0));
    const typed = recoveryCodes[3]!.toUpperCase().replace('-', ' ');
    expect((await passSecondStep({ challenge: make(), code: typed, now: new Date(t0) })).ok).toBe(true);
    expect(await passSecondStep({ challenge: make(), code: recoveryCodes[3]!, now: new Date(t0) })).toEqual({ ok: false, reason: 'invalidCode' });
    expect((await twoStepStatus(people.dung)).recoveryLeft).toBe(9);
    const db = await getDb();
    const used = await db.select().from(auditLog).where(and(eq(auditLog.action, 'auth.recoveryCodeUsed'), eq(auditLog.targetId, String(people.dung.id))));
    expect(used).toHaveLength(1);

    // One wrong code was typed above (the spent recovery code); four more reach the limit.
    for (let i = 1; i < MAX_WRONG_CODES; i++) {
      expect(await passSecondStep({ challenge: make(), code: '000000', now: new Date(t0) })).toMatchObject({ ok: false });
    }
    const t1 = t0 + STEP;
    expect(await passSecondStep({ challenge: make(), code: codeAt(secret, t1), now: new Date(t1) })).toEqual({ ok: false, reason: 'throttled' });
  });

  it('is turned off with a code, not while the role requires it; an admin can reset it (audited)', async () => {
    const t0 = Date.now();
    const [writer] = Object.values(await makeStaff('tat-hai-buoc.test', { ha: 'writer' }));
    const { secret } = await enable(writer!, t0);
    expect(await disableTwoStep(writer!, '123456', new Date(t0 + STEP))).toEqual({ ok: false, reason: 'invalidCode' });

    await setRequiredTwoStepRoles(people.admin, ['writer']);
    expect(await roleRequiresTwoStep('writer')).toBe(true);
    expect((await twoStepStatus(writer!)).required).toBe(true);
    expect(await disableTwoStep(writer!, codeAt(secret, t0 + STEP), new Date(t0 + STEP))).toEqual({ ok: false, reason: 'required' });
    await setRequiredTwoStepRoles(people.admin, []);

    expect(await disableTwoStep(writer!, codeAt(secret, t0 + 2 * STEP), new Date(t0 + 2 * STEP))).toEqual({ ok: true });
    expect((await twoStepStatus(writer!)).on).toBe(false);

    await enable(writer!, t0 + 3 * STEP);
    expect(await resetTwoStep(people.admin, { id: writer!.id })).toEqual({ ok: true, name: writer!.name });
    expect((await twoStepStatus(writer!)).on).toBe(false);
    expect(await resetTwoStep(people.admin, { id: writer!.id })).toEqual({ ok: false, reason: 'notOn' });
    const db = await getDb();
    const audited = await db.select().from(auditLog).where(and(eq(auditLog.action, 'staff.twoStepReset'), eq(auditLog.targetId, String(writer!.id))));
    expect(audited).toMatchObject([{ actorId: people.admin.id }]);
  });
});
