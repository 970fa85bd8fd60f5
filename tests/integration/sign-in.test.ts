import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { loginAttempts } from '@/db/schema/auth';
import { users } from '@/db/schema/users';
import { hashPassword, verifyPassword } from '@/lib/auth/passwords';
import { accountDelayMs, MAX_DELAY_MS, MAX_FAILURES, signIn } from '@/lib/auth/sign-in';
import { DEMO_PASSWORD } from '@/lib/demo/password';

// The account-wide slow-down is recorded instead of waited for.
const waits: number[] = [];
vi.mock('@/lib/auth/pause', () => ({ pause: vi.fn(async (ms: number) => void waits.push(ms)) }));
vi.mock('@/lib/auth/passwords', async (original) => {
  const real = await original<typeof import('@/lib/auth/passwords')>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

const PASSWORD = 'mat-khau-dung-1';
let serial = 0;

async function makeAccount(password = PASSWORD): Promise<string> {
  const db = await getDb();
  const tag = `${++serial}-${Math.random().toString(36).slice(2, 7)}`;
  const email = `dn-${tag}@toasoan.vn`;
  await db.insert(users).values({ email, name: `Đăng nhập ${tag}`, slug: `dang-nhap-${tag}`, role: 'writer', passwordHash: await hashPassword(password) });
  return email;
}

const address = (n: number) => `203.0.113.${n}`;

describe('sign-in throttling', () => {
  it('strangers guessing from many addresses do not lock the owner out', async () => {
    const email = await makeAccount();
    for (let i = 1; i <= 8; i++) expect(await signIn({ email, password: `sai-${i}`, ip: address(i) })).toEqual({ ok: false, reason: 'invalid' });
    const owner = await signIn({ email, password: PASSWORD, ip: '198.51.100.7' });
    expect(owner.ok).toBe(true);
  });

  it('one address gets five wrong passwords per account, then is refused even with the right one; others are not', async () => {
    const email = await makeAccount();
    for (let i = 0; i < MAX_FAILURES; i++) expect((await signIn({ email, password: 'sai', ip: address(50) })).ok).toBe(false);
    expect(await signIn({ email, password: PASSWORD, ip: address(50) })).toEqual({ ok: false, reason: 'throttled' });
    expect((await signIn({ email, password: PASSWORD, ip: address(51) })).ok).toBe(true);
  });

  it('counts 50 parallel guesses one by one: exactly five are checked', async () => {
    const email = await makeAccount();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => signIn({ email, password: `doan-${i}`, ip: address(60) })));
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(MAX_FAILURES);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(50 - MAX_FAILURES);
    const db = await getDb();
    const [row] = await db.select({ n: count() }).from(loginAttempts).where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, false)));
    expect(row!.n).toBe(MAX_FAILURES);
  });

  it('slows an account down with growing delays, capped', async () => {
    const email = await makeAccount();
    waits.length = 0;
    for (let i = 1; i <= 12; i++) await signIn({ email, password: 'sai', ip: address(100 + i) });
    expect(waits).toEqual(Array.from({ length: 12 }, (_, i) => accountDelayMs(i)));
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    expect(waits[3]).toBeGreaterThan(0);
    expect(Math.max(...waits)).toBe(MAX_DELAY_MS);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]!);
  });

  it('checks a password against a hash for unknown accounts too (same time as known ones)', async () => {
    const verify = vi.mocked(verifyPassword);
    verify.mockClear();
    const result = await signIn({ email: `khong-co-${Date.now()}@toasoan.vn`, password: 'gi-do', ip: address(200) });
    expect(result).toEqual({ ok: false, reason: 'invalid' });
    expect(verify).toHaveBeenCalledTimes(1);
    expect(verify.mock.calls[0]![0]).toMatch(/^\$argon2id\$/);
  });

  it('the published demo password opens an account on the PGlite demo only, never on PostgreSQL', async () => {
    // An account whose hash is of the demo password, as if copied from a demo database.
    const email = await makeAccount(DEMO_PASSWORD);
    const result = await signIn({ email, password: DEMO_PASSWORD, ip: address(201) });
    expect(result.ok).toBe(!process.env.DATABASE_URL);
  });
});
