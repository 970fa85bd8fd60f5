import { describe, expect, it } from 'vitest';
import { messages } from '@/lib/i18n/messages';
import { INT4_MAX, rowId } from '@/lib/validation/ids';

describe('rowId', () => {
  it('takes what PostgreSQL can store as an id, and refuses the rest in Vietnamese before any query', () => {
    for (const ok of [1, 42, INT4_MAX]) expect(rowId.safeParse(ok).success, String(ok)).toBe(true);
    for (const bad of [0, -1, 1.5, INT4_MAX + 1, 1e308, Number.NaN, '7', null]) {
      const parsed = rowId.safeParse(bad);
      expect(parsed.success, String(bad)).toBe(false);
      expect(parsed.error?.issues[0]?.message, String(bad)).toBe(messages.validation.badId);
    }
  });
});
