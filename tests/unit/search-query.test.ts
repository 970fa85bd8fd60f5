import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '@/lib/search/query';

describe('parseSearchQuery', () => {
  it('folds accents and case into terms', () => {
    expect(parseSearchQuery('Hùng Vương').terms).toEqual(['hung', 'vuong']);
    expect(parseSearchQuery('ĐẢNG').terms).toEqual(['dang']);
  });

  it('accepts anything a reader can type', () => {
    expect(parseSearchQuery('').terms).toEqual([]);
    expect(parseSearchQuery(undefined).terms).toEqual([]);
    expect(parseSearchQuery(['a b', 'c']).terms).toEqual(['a', 'b']);
    expect(parseSearchQuery('"quoted" 100% \u0000nul 😀 emoji').terms).toEqual(['quoted', '100', 'nul', 'emoji']);
    expect(parseSearchQuery("'; drop table articles; --").terms).toEqual(['drop', 'table', 'articles']);
  });

  it('cuts very long queries and says so', () => {
    const parsed = parseSearchQuery('a'.repeat(1000));
    expect(parsed.truncated).toBe(true);
    expect(parsed.text.length).toBe(200);
  });
});

describe('toTsQuery', () => {
  it('joins folded words with AND and lets the last one be a prefix', async () => {
    const { toTsQuery } = await import('@/db/queries/search');
    expect(toTsQuery(parseSearchQuery('Hùng Vương').terms)).toBe('hung & vuong:*');
    expect(toTsQuery(parseSearchQuery('ĐẢNG').terms)).toBe('dang:*');
  });

  it('keeps nothing that could change the query syntax', async () => {
    const { toTsQuery } = await import('@/db/queries/search');
    expect(toTsQuery(parseSearchQuery("a' | b & !c:* (d)").terms)).toBe('a & b & c & d:*');
    expect(toTsQuery(parseSearchQuery('😀 中文').terms)).toBeNull();
    expect(toTsQuery([])).toBeNull();
  });
});
