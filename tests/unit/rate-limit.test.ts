import { describe, expect, it } from 'vitest';
import { tokenBucket } from '@/lib/security/rate-limit.mjs';

describe('token bucket per address', () => {
  it('allows a burst, then refills with time; addresses are independent', () => {
    const bucket = tokenBucket({ capacity: 3, refillPerSecond: 1 });
    const t0 = 1_000_000;
    expect([1, 2, 3, 4].map(() => bucket.take('a', t0))).toEqual([true, true, true, false]);
    expect(bucket.take('b', t0)).toBe(true);
    expect(bucket.take('a', t0 + 500)).toBe(false);
    expect(bucket.take('a', t0 + 1000)).toBe(true);
    expect(bucket.take('a', t0 + 1000)).toBe(false);
  });

  it('remembers a bounded number of addresses', () => {
    const bucket = tokenBucket({ capacity: 1, refillPerSecond: 0, addresses: 10 });
    expect(bucket.take('first', 0)).toBe(true);
    expect(bucket.take('first', 0)).toBe(false);
    for (let i = 0; i < 10; i++) bucket.take(`other-${i}`, 0);
    // Forgotten, so it starts afresh: memory stays bounded whatever the number of addresses.
    expect(bucket.take('first', 0)).toBe(true);
  });
});
