import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '@/lib/site/cursor';

const at = new Date('2022-01-20T01:30:00.000Z');

describe('one keyset cursor', () => {
  it('round-trips every shape', () => {
    expect(encodeCursor({ at: at.toISOString(), id: 42 })).toBe(`${at.getTime()}-42`);
    expect(decodeCursor(encodeCursor({ at, id: 42 }), 'at-id')).toEqual({ at, id: 42 });
    expect(decodeCursor(encodeCursor({ rank: 1, at, id: 42 }), 'rank-at-id')).toEqual({ rank: 1, at, id: 42 });
    expect(encodeCursor({ id: 42 })).toBe('42');
    expect(decodeCursor(encodeCursor({ id: 42 }), 'id')).toEqual({ id: 42 });
  });

  it('still reads the links written before there was one format', () => {
    const base36 = `${at.getTime().toString(36)}-${(42).toString(36)}`; // reader lists: /thoi-su/trang/kymb6x8w-16
    expect(decodeCursor(base36, 'at-id')).toEqual({ at, id: 42 });
    expect(decodeCursor(`0-${base36}`, 'rank-at-id')).toEqual({ rank: 0, at, id: 42 }); // /tim-kiem?sau=0-…
    expect(decodeCursor(`${at.getTime()}-42`, 'at-id')).toEqual({ at, id: 42 }); // dashboard ?sau=
    expect(decodeCursor('120', 'id')).toEqual({ id: 120 }); // media ?sau= and audit ?truoc=
  });

  it('rejects what we did not make', () => {
    for (const bad of ['', 'abc', '1-', '-1', 'zzzzzzzzzzzzz-1', '1-zzzzzzzzzzz', '1-0', '../x', '1-2-3']) expect(decodeCursor(bad, 'at-id')).toBeNull();
    for (const bad of ['', '0', '-3', '1e9', 'x', '99999999999', '1-2']) expect(decodeCursor(bad, 'id')).toBeNull();
    for (const bad of ['x-1-1', '1-1', '12-lz-1']) expect(decodeCursor(bad, 'rank-at-id')).toBeNull();
    expect(decodeCursor(['1-1'], 'at-id')).toBeNull();
  });
});
