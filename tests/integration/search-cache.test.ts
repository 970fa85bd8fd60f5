import { describe, expect, it } from 'vitest';
import { cachedSearchCount, searchArticles } from '@/lib/search/articles';

describe('search results cache', () => {
  it('stays bounded however many distinct queries strangers type', async () => {
    for (let i = 0; i < 620; i++) await searchArticles({ q: `truy van ${i} ${Math.random().toString(36).slice(2, 8)}` });
    expect(cachedSearchCount()).toBeLessThanOrEqual(500);
    expect(cachedSearchCount()).toBeGreaterThan(0);
  });
});
