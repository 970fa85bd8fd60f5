import { describe, expect, it } from 'vitest';

process.env.NEXTAUTH_SECRET ??= 'unit-test-secret';
const { isSchedulerCall, schedulerToken } = await import('@/lib/articles/scheduler');
const { POST } = await import('@/app/api/scheduler/route');

describe('scheduler endpoint', () => {
  const now = Date.UTC(2026, 0, 1, 8, 0, 10);

  it('accepts only loopback callers with a token of the current or previous 30 s window', () => {
    expect(isSchedulerCall(schedulerToken(now), '127.0.0.1', now)).toBe(true);
    expect(isSchedulerCall(schedulerToken(now), '::1', now)).toBe(true);
    expect(isSchedulerCall(schedulerToken(now - 30_000), '127.0.0.1', now)).toBe(true);
    expect(isSchedulerCall(schedulerToken(now - 90_000), '127.0.0.1', now)).toBe(false);
    expect(isSchedulerCall(schedulerToken(now), '203.0.113.9', now)).toBe(false);
    expect(isSchedulerCall(schedulerToken(now), 'unknown', now)).toBe(false);
    expect(isSchedulerCall('', '127.0.0.1', now)).toBe(false);
    expect(schedulerToken(now)).not.toBe(schedulerToken(now + 60_000));
  });

  it('refuses a current token from another address, and a forwarded header claiming loopback', async () => {
    const call = (headers: Record<string, string>) => POST(new Request('http://localhost/api/scheduler', { method: 'POST', headers }));
    expect((await call({ 'x-newsroom-scheduler': schedulerToken(), 'x-newsroom-client-address': '198.51.100.4' })).status).toBe(403);
    expect((await call({ 'x-newsroom-scheduler': schedulerToken(), 'x-forwarded-for': '127.0.0.1' })).status).toBe(403);
  });
});
