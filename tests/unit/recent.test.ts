import { describe, expect, it } from 'vitest';
import { forgetRecent, keptRecently } from '@/lib/cache/recent';

/** A load the test finishes by hand, counting how often it was started. */
function manualLoad<T>() {
  let starts = 0;
  const finishes: ((value: T) => void)[] = [];
  return {
    load: () => {
      starts += 1;
      return new Promise<T>((resolve) => finishes.push(resolve));
    },
    finish: (value: T) => finishes.shift()!(value),
    starts: () => starts,
  };
}

describe('results kept for a second (keptRecently)', () => {
  it('loads once for many callers at the same time, then answers from what it kept', async () => {
    const key = `k-${Math.random()}`;
    const source = manualLoad<string>();
    const both = Promise.all([keptRecently(key, source.load), keptRecently(key, source.load)]);
    source.finish('tháng 12');
    expect(await both).toEqual(['tháng 12', 'tháng 12']);
    expect(await keptRecently(key, source.load)).toBe('tháng 12');
    expect(source.starts()).toBe(1);
  });

  it('keeps an empty result (a file that does not exist) like any other, per key', async () => {
    const source = manualLoad<string | null>();
    const a = keptRecently(`a-${Math.random()}`, source.load);
    source.finish(null);
    expect(await a).toBeNull();
    const b = keptRecently(`b-${Math.random()}`, source.load);
    source.finish('khác');
    expect(await b).toBe('khác');
    expect(source.starts()).toBe(2);
  });

  it('forgets everything at an expiry: kept results, and loads begun before it, which are not kept', async () => {
    const key = `k-${Math.random()}`;
    const source = manualLoad<string>();
    const first = keptRecently(key, source.load);
    source.finish('cũ');
    await first;
    forgetRecent();
    const before = keptRecently(key, source.load); // begun before the next expiry
    forgetRecent();
    const after = keptRecently(key, source.load); // not shared with the load begun before
    source.finish('cũ hơn');
    source.finish('mới');
    expect(await before).toBe('cũ hơn');
    expect(await after).toBe('mới');
    expect(await keptRecently(key, source.load)).toBe('mới');
    expect(source.starts()).toBe(3);
  });

  it('keeps nothing from a load that failed', async () => {
    const key = `k-${Math.random()}`;
    await expect(keptRecently(key, () => Promise.reject(new Error('mất kết nối')))).rejects.toThrow('mất kết nối');
    expect(await keptRecently(key, async () => 'lần sau')).toBe('lần sau');
  });
});
